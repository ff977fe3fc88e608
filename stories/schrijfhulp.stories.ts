import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/schrijfhulp/schrijfhulp.js';
import twenterand from '../src/data/twenterand/regelingen.json';

/** Texts from the default data: the policy text (C1) and our own A2 text of one regeling. */
const bijstand = twenterand.regelingen.find((r) => r.id === 'bijzondere-bijstand')!;

const meta: Meta = {
  title: 'Helder/Schrijfhulp',
  component: 'helder-schrijfhulp',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<helder-schrijfhulp>` helpt redacteuren teksten te schrijven op A2 of B1. Plak of typ een tekst en kies een niveau: ' +
          'de Schrijfhulp toont terwijl u typt de woorden per zin, de Flesch-Douma-score en het aandeel lange woorden, en markeert ' +
          'te lange zinnen, lange woorden, vaktaal (met een gewoner woord) en de lijdende vorm. Het gebruikt dezelfde meting als de ' +
          'controle van de standaardgegevens en `helder-check`. De tekst blijft in de browser. Alleen voor Storybook en de demo: ' +
          'de Schrijfhulp zit niet in de scripts voor inwoners.',
      },
    },
  },
  argTypes: {
    target: { control: 'inline-radio', options: ['a2', 'b1'], description: 'Het doelniveau.' },
    value: { control: 'text', description: 'De tekst.' },
  },
  render: ({ target, value }) => html`<helder-schrijfhulp target=${target as string} .value=${value as string}></helder-schrijfhulp>`,
};
export default meta;

type Story = StoryObj;

export const Beleidstekst: Story = {
  name: 'Een beleidstekst op B1',
  args: { target: 'b1', value: bijstand.whatYouGet.c1 },
  parameters: {
    docs: { description: { story: 'De oorspronkelijke tekst (C1) uit de standaardgegevens, gemeten voor B1: te lange zinnen, vaktaal en de lijdende vorm zijn gemarkeerd.' } },
  },
};

export const EigenTekstA2: Story = {
  name: 'Onze eigen A2-tekst',
  args: { target: 'a2', value: [bijstand.summary.a2, bijstand.whatYouGet.a2].join('\n\n') },
  parameters: { docs: { description: { story: 'De A2-teksten uit de standaardgegevens halen hun niveau.' } } },
};

export const Lijst: Story = {
  name: 'Alinea’s en een lijst',
  args: {
    target: 'b1',
    value:
      'De aanvraag wordt door de gemeente beoordeeld. Dat duurt een paar weken.\n\nNeem mee:\n- uw bankafschriften van de laatste drie maanden\n- de beschikking van uw maatwerkvoorziening',
  },
  parameters: { docs: { description: { story: 'Lege regels maken alinea’s en regels met "- " een lijst, zoals in een feed. Elke zin wordt apart gemeten.' } } },
};

export const Leeg: Story = {
  name: 'Leeg',
  args: { target: 'b1', value: '' },
};
