import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import twenterand from '../src/data/twenterand/sociale-kaart.json';
import type { HelderSocialeKaart } from '../src/components/sociale-kaart/sociale-kaart.component.js';
import { toolbarLevel } from './story-globals.js';

/** The widget keeps filters in the address and a shortlist on the device: each story starts clean. */
function startClean(): void {
  history.replaceState(history.state, '', location.href.split('#')[0]);
  try {
    localStorage.removeItem('helder-sociale-kaart-lijst');
  } catch {
    // Storage blocked: nothing was saved either.
  }
}

/**
 * Two services in HSDS form with hours, a place and contact details, to show how they look:
 * made up and marked "voorbeeld" (example.org is reserved for examples), never Twenterand's.
 */
const voorbeeld = {
  kind: 'sociale-kaart',
  publisher: { name: 'Voorbeeld' },
  kernen: ['Vroomshoop', 'Den Ham'],
  services: [
    {
      id: 'voorbeeld-inloop',
      name: 'Inloopspreekuur (voorbeeld)',
      description: 'Een voorbeelddienst om te zien hoe openingstijden, een adres en contactgegevens eruitzien.',
      organization: { name: 'Voorbeeldorganisatie' },
      email: 'info@example.org',
      url: 'https://example.org/',
      assured_date: '2026-11-30',
      schedules: [
        { freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '09:00', closes_at: '12:00' },
        { freq: 'MONTHLY', byday: '1TH', opens_at: '19:00', closes_at: '21:00' },
      ],
      service_at_locations: [
        {
          location: {
            name: 'Voorbeeldgebouw',
            addresses: [{ city: 'Vroomshoop' }],
            accessibility: [{ description: 'Rolstoeltoegankelijk.' }],
            latitude: 52.46,
            longitude: 6.57,
          },
        },
      ],
      helder: { needs: ['geldzorgen'], kernen: ['Vroomshoop'], withoutReferral: true, free: true },
    },
    { id: 'voorbeeld-zonder', name: 'Dienst zonder openingstijden (voorbeeld)', description: 'Zonder schedules zegt de kaart niets over open of dicht.', helder: { kernen: 'alle' } },
  ],
};

interface KaartArgs {
  need: string;
  kern: string;
  organization: string;
}

const meta: Meta<KaartArgs> = {
  title: 'Helder/Sociale kaart',
  component: 'helder-sociale-kaart',
  tags: ['autodocs'],
  args: { need: '', kern: '', organization: '' },
  argTypes: {
    need: { control: 'text', description: 'Begin met deze hulpvraag gekozen, bijv. `geldzorgen`' },
    kern: { control: 'text', description: 'Begin met deze kern gekozen, bijv. `Vroomshoop`' },
    organization: { control: 'text', description: 'Toon alleen het aanbod van deze partner (naam of HSDS-id), bijv. `Stichting Evenmens`' },
  },
  beforeEach: () => startClean(),
  render: (args, context) =>
    html`<helder-sociale-kaart
      .data=${twenterand}
      level=${toolbarLevel(context)}
      need=${args.need || nothing}
      kern=${args.kern || nothing}
      organization=${args.organization || nothing}
    ></helder-sociale-kaart>`,
  parameters: {
    docs: {
      description: {
        component:
          '`<helder-sociale-kaart>` toont hulp en activiteiten in de gemeente (Open Referral HSDS 3.0): zoeken in de eigen woorden van inwoners, filters met aantallen, sorteren op afstand vanaf een kern of postcode, openingstijden met "nu open", en een eigen lijst om te printen of te delen. ' +
          'Het niveau in de werkbalk wordt hier als `level` op de widget gezet.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<KaartArgs>;

export const Overzicht: Story = {
  parameters: { docs: { description: { story: 'De sociale kaart van Twenterand (de standaardgegevens), als `data`-eigenschap.' } } },
};

export const Geldzorgen: Story = {
  name: 'Zoeken: "schulden"',
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector<HelderSocialeKaart>('helder-sociale-kaart');
    const input = widget?.shadowRoot?.querySelector<HTMLInputElement>('#zoek');
    if (!input) return;
    input.value = 'schulden';
    input.dispatchEvent(new Event('input'));
  },
  parameters: { docs: { description: { story: '"schulden" vindt ook wat "geldzorgen" heet: de zoekfunctie kent woorden die inwoners gebruiken.' } } },
};

export const Partner: Story = {
  name: 'Op de site van een partner',
  args: { organization: 'Stichting Evenmens' },
  parameters: { docs: { description: { story: 'Eén attribuut, `organization`, en de partner toont alleen zijn eigen aanbod.' } } },
};

export const Openingstijden: Story = {
  name: 'Openingstijden, adres en contact',
  render: (_args, context) => html`<helder-sociale-kaart .data=${voorbeeld} level=${toolbarLevel(context)}></helder-sociale-kaart>`,
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Een verzonnen voorbeeld (de Twentse gegevens hebben nog geen tijden en adressen): "Nu open, tot 12:00" of "Gesloten, opent …", de tijden per week en per maand, de plek, de toegankelijkheid, mailen en de website.',
      },
    },
  },
};

export const EigenLijst: Story = {
  name: 'Mijn lijst (printen en delen)',
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector<HelderSocialeKaart>('helder-sociale-kaart');
    if (!widget) return;
    await widget.updateComplete;
    const buttons = [...(widget.shadowRoot?.querySelectorAll<HTMLButtonElement>('.overview [part=save]') ?? [])];
    buttons.slice(0, 2).forEach((button) => button.click());
    widget.shadowRoot?.querySelector<HTMLButtonElement>('[part=open-shortlist]')?.click();
  },
  parameters: {
    docs: { description: { story: 'Twee bewaarde diensten. De lijst staat alleen op dit apparaat; "Printen" print alleen de lijst, de link toont dezelfde lijst op een ander apparaat.' } },
  },
};
