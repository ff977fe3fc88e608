import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/editors/feed-editor.js';
import '../src/editors/level-compare.js';
import { entryName } from '../src/editors/form-values.js';
import { EDITOR_WIDGETS } from '../src/editors/widgets.js';

declare global {
  // Vite's import.meta.glob (its client types are not in the project's tsconfig).
  interface ImportMeta {
    glob(pattern: string, options: { eager: true; import: 'default' }): Record<string, unknown>;
  }
}

/**
 * Stories for the gemeente's editors. Every default feed of every widget in the table
 * (src/editors/widgets.ts) is offered, so a new widget shows up here without new code.
 */
const files = import.meta.glob('../src/data/*/*.json', { eager: true, import: 'default' });

/** The default feed of each widget, by kind. */
const defaults: Record<string, unknown> = Object.fromEntries(
  EDITOR_WIDGETS.flatMap((widget) => {
    const doc = files[`../src/data/${widget.defaultFeed}`];
    return doc === undefined ? [] : [[widget.kind, doc]];
  }),
);

/** Every item of every default feed, as "kind/index" → what to show. */
const items = new Map<string, { kind: string; label: string; item: unknown }>();
for (const widget of EDITOR_WIDGETS) {
  const list = (defaults[widget.kind] as Record<string, unknown> | undefined)?.[widget.listKey];
  if (!Array.isArray(list)) continue;
  list.forEach((item, index) => {
    const named = typeof item === 'object' && item !== null ? { title: (item as Record<string, unknown>)[widget.nameKey] } : item;
    items.set(`${widget.kind}/${index}`, { kind: widget.kind, label: `${widget.label}: ${entryName(named, index).replace(/^\d+\. /, '')}`, item });
  });
}
const first = items.keys().next().value ?? '';

interface CompareArgs {
  onderdeel: string;
  concept: string;
}

const meta: Meta<CompareArgs> = {
  title: 'Helder/Voor redacteuren',
  component: 'helder-level-compare',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Gereedschap voor redacteuren: één onderdeel op drie taalniveaus naast elkaar, met de leesbaarheid van elke tekst, en de feed-editor. ' +
          'Het taalniveau in de werkbalk geldt hier niet (deze verhalen tonen alle niveaus) en staat daarom vast; de interfacetaal geldt wel, voor de widgets.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CompareArgs>;

/** Locks the toolbar's level: these stories show every level, so it does not apply. */
const allLevels = { taalniveau: '' };

export const DrieNiveaus: Story = {
  name: 'Een regeling op drie niveaus',
  globals: allLevels,
  args: { onderdeel: first, concept: '' },
  argTypes: {
    onderdeel: {
      description: 'Een onderdeel uit een standaardfeed',
      control: { type: 'select', labels: Object.fromEntries([...items].map(([key, { label }]) => [key, label])) },
      options: [...items.keys()],
    },
    concept: {
      description: 'Of plak hier een concept (JSON van één onderdeel, van dezelfde soort als het gekozen onderdeel). Leeg: het gekozen onderdeel.',
      control: 'text',
    },
  },
  render: ({ onderdeel, concept }) => {
    const chosen = items.get(onderdeel) ?? items.get(first);
    if (!chosen) return html`<p>Er zijn geen standaardfeeds.</p>`;
    let item = chosen.item;
    let error = '';
    if (concept.trim()) {
      try {
        item = JSON.parse(concept) as unknown;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    return html`<div style="padding: 1rem">
      ${error ? html`<p role="alert" lang="nl">Het concept is geen geldige JSON: ${error}. Hieronder staat het gekozen onderdeel.</p>` : ''}
      <helder-level-compare kind=${chosen.kind} .feed=${defaults[chosen.kind]} .item=${item}></helder-level-compare>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'Kies een onderdeel uit een standaardfeed, of plak een concept. U ziet het op A2, B1 en C1 naast elkaar, zoals een inwoner het ziet, met per tekst of hij bij dat niveau past: ' +
          'hoeveel woorden de langste zin heeft en het leesgemak (Flesch-Douma). Ontbreekt een niveau, dan staat erbij welk niveau de widget dan toont. ' +
          'Problemen in een concept (een ontbrekend veld, een onbekend onderwerp) staan bovenaan, met hun pad.',
      },
    },
  },
};

export const FeedEditor: Story = {
  name: 'Feed-editor',
  globals: allLevels,
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story:
          'De feed-editor van de demo (demo/editor.html). Kies "Standaardfeed openen" of open een eigen bestand. Het formulier komt uit het JSON Schema; de controle is dezelfde als in de widgets. ' +
          'Het voorbeeld heeft een eigen keuze voor het taalniveau.',
      },
    },
  },
  render: () => html`<div style="padding: 1rem"><helder-feed-editor .defaults=${defaults}></helder-feed-editor></div>`,
};
