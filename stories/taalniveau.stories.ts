import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import twenterand from '../src/data/twenterand/regelingen.json';
import { applyToolbarLevelToPage } from './story-globals.js';

/**
 * The picker sets one level for the whole page; widgets without their own `level` follow it.
 * So these stories put the toolbar level on the page, not on the widgets.
 */
const meta: Meta = {
  title: 'Helder/Taalniveau',
  component: 'helder-taalniveau',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`<helder-taalniveau>` laat een inwoner kiezen hoe de teksten op de pagina geschreven zijn: A2 (eenvoudig), B1 (standaard) of C1 (de tekst zoals in het beleid). ' +
          'De keuze geldt voor alle Helder-widgets op de pagina die zelf geen `level` hebben, en wordt op het apparaat onthouden. ' +
          'Het niveau in de werkbalk van Storybook zet hier het beginniveau van de pagina.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Standaard: Story = {
  name: 'Kiezer',
  render: (_args, context) => {
    applyToolbarLevelToPage(context);
    return html`<helder-taalniveau></helder-taalniveau>`;
  },
  parameters: {
    docs: {
      description: {
        story: 'De kiezer alleen: drie keuzerondjes met uitleg. Met de pijltjestoetsen kiest u een ander niveau; een schermlezer hoort daarna welk niveau gekozen is.',
      },
    },
  },
};

export const OpEenPagina: Story = {
  name: 'Op een pagina met twee widgets',
  render: (_args, context) => {
    applyToolbarLevelToPage(context);
    return html`<div style="display: grid; gap: 1.5rem; max-inline-size: 70rem">
      <helder-taalniveau></helder-taalniveau>
      <section aria-labelledby="story-kop-een">
        <h2 id="story-kop-een">Regelingen voor kinderen</h2>
        <helder-regelingen .data=${twenterand} categories="kinderen"></helder-regelingen>
      </section>
      <section aria-labelledby="story-kop-twee">
        <h2 id="story-kop-twee">Uitgelicht</h2>
        <helder-regelingen .data=${twenterand} regeling="meedoenregeling"></helder-regelingen>
      </section>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'Eén kiezer en twee `<helder-regelingen>` zonder eigen `level`. Kies een ander niveau: beide widgets wisselen tegelijk van tekst. ' +
          'Een widget met een eigen `level` (zoals op de site van een partner) volgt de kiezer niet.',
      },
    },
  },
};
