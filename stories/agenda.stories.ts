import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import twenterand from '../src/data/twenterand/agenda.json';
import type { HelderAgenda } from '../src/components/agenda/agenda.component.js';
import { toolbarLevel } from './story-globals.js';

/** The Twenterand agenda with one action without its text: the widget skips it and says so. */
const feedWithBrokenAction = {
  ...twenterand,
  themes: twenterand.themes.map((theme, t) =>
    t > 0
      ? theme
      : {
          ...theme,
          goals: theme.goals.map((goal, g) => (g > 0 ? goal : { ...goal, actions: goal.actions.map((a, i) => (i > 0 ? a : { ...a, text: undefined })) })),
        },
  ),
};

/** Opens the disclosures matching `selectors`, one after the other, as a reader would. */
async function open(canvas: HTMLElement, ...selectors: string[]): Promise<HelderAgenda | undefined> {
  const widget = canvas.querySelector<HelderAgenda>('helder-agenda');
  if (!widget) return undefined;
  for (let tries = 0; tries < 100 && !widget.shadowRoot?.querySelector('.themes'); tries++) await new Promise((r) => setTimeout(r, 50));
  for (const selector of selectors) {
    const details = widget.shadowRoot?.querySelector<HTMLDetailsElement>(selector);
    if (details && !details.open) details.querySelector('summary')?.click();
    await new Promise((r) => setTimeout(r, 50));
    await widget.updateComplete;
  }
  return widget;
}

interface AgendaArgs {
  year: string;
  theme: string;
  partner: string;
}

const meta: Meta<AgendaArgs> = {
  title: 'Helder/Agenda',
  component: 'helder-agenda',
  tags: ['autodocs'],
  args: { year: '', theme: '', partner: '' },
  argTypes: {
    year: { control: 'inline-radio', options: ['', '2024', '2025'], description: 'Het jaar (leeg: het laatste jaar in de feed)' },
    theme: { control: 'text', description: 'Alleen deze themalijn: nummer of id (bijv. `4` of `gezonde-twenterander`)' },
    partner: { control: 'text', description: 'Alleen de acties van deze partner (id uit de feed, bijv. `bibliotheek`)' },
  },
  render: (args, context) =>
    html`<helder-agenda
      .data=${twenterand}
      level=${toolbarLevel(context)}
      year=${args.year || nothing}
      theme=${args.theme || nothing}
      partner=${args.partner || nothing}
    ></helder-agenda>`,
  parameters: {
    docs: {
      description: {
        component:
          '`<helder-agenda>` toont de maatschappelijke agenda van een gemeente: de themalijnen met het aantal doelen en acties, uitklapbaar naar opgave, doel en acties. ' +
          'Per jaar, met wat er nieuw is en wat niet meer in de agenda staat; per partner ("Wat doet mijn organisatie?"); met de metingen als grafiek en als tabel. ' +
          'Het niveau in de werkbalk wordt hier als `level` op de widget gezet.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<AgendaArgs>;

export const Overzicht: Story = {
  parameters: {
    docs: {
      description: {
        story: 'De vier themalijnen van Twenterand in 2025, elk met één zin op het gekozen niveau en het aantal doelen en acties. Bovenaan staat wat anders is dan in 2024.',
      },
    },
  },
};

export const DoelOpen: Story = {
  name: 'Een doel opengeklapt, met labels en metingen',
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'details.theme', 'details.challenge', 'details.goal');
  },
  parameters: {
    docs: {
      description: {
        story:
          'Themalijn, opgave en doel zijn uitklappers die met het toetsenbord werken. Elk doel heeft een label: "nieuw in 2025", "ook in 2024" of "niet meer in 2025". Onder de opgaven staan de metingen van het thema als grafiek.',
      },
    },
  },
};

export const Jaar2024: Story = {
  name: 'Het jaar 2024',
  args: { year: '2024' },
  parameters: {
    docs: {
      description: { story: 'Met `year="2024"`: de agenda van 2024. Er is geen eerder jaar om mee te vergelijken, dus geen labels.' },
    },
  },
};

export const Partner: Story = {
  name: 'Op de site van een partner',
  args: { partner: 'bibliotheek' },
  parameters: {
    docs: {
      description: {
        story:
          'Met `partner="bibliotheek"` toont de widget alleen de acties die de bibliotheek noemen, met hun plaats in de agenda. Zo zet een partner zijn eigen deel op zijn site, met één attribuut.',
      },
    },
  },
};

export const EenThema: Story = {
  name: 'Eén themalijn',
  args: { theme: '4' },
  parameters: {
    docs: { description: { story: 'Met `theme="4"` (of `theme="gezonde-twenterander"`) alleen de gezonde Twenterander.' } },
  },
};

export const MetingAlsTabel: Story = {
  name: 'Meting als grafiek en als tabel',
  args: { theme: '1' },
  play: async ({ canvasElement }) => {
    const widget = await open(canvasElement, 'details.theme');
    for (let tries = 0; tries < 100 && !widget?.shadowRoot?.querySelector('[part=table-toggle]'); tries++) await new Promise((r) => setTimeout(r, 50));
    widget?.shadowRoot?.querySelector<HTMLButtonElement>('figure[data-indicator=meedoenregeling] [part=table-toggle]')?.click();
  },
  parameters: {
    docs: {
      description: {
        story:
          'Elke meting is een kleine grafiek (SVG, geen canvas) met de getallen erin en de ontwikkeling in één zin eronder, zoals "2024: 309 (2023: 375, 66 minder).". "Toon als tabel" zet dezelfde cijfers in een tabel; hier voor de Meedoenregeling.',
      },
    },
  },
};

export const FeedMetFout: Story = {
  name: 'Feed met één kapotte actie',
  render: (_args, context) => html`<helder-agenda .data=${feedWithBrokenAction} level=${toolbarLevel(context)}></helder-agenda>`,
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Eén actie heeft geen tekst. De widget slaat alleen die actie over, toont de rest en meldt rustig dat één onderdeel niet getoond kon worden; het JSON-pad staat achter "Details voor de beheerder".',
      },
    },
  },
};

export const Arabisch: Story = {
  name: 'Arabisch, van rechts naar links',
  render: (args, context) => html`<div lang="ar" dir="rtl">
    <helder-agenda .data=${twenterand} level=${toolbarLevel(context)} year=${args.year || nothing} theme=${args.theme || nothing} partner=${args.partner || nothing}></helder-agenda>
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'De widget loopt van rechts naar links; getallen volgen de taal van de interface. De teksten uit de feed blijven Nederlands en zijn gemarkeerd met `lang="nl"`.',
      },
    },
  },
};
