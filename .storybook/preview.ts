import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Registers <helder-taalniveau> and <helder-regelingen>.
import '../src/helder.ts';

const RTL = new Set(['ar']);

/**
 * The interface language from the toolbar goes on a wrapper: the widgets take lang from their
 * nearest ancestor, as they would inside a CMS page.
 */
const withLanguage: Decorator = (story, context) => {
  const lang = String(context.globals.taal ?? 'nl');
  // The font a CMS page would give; the widgets set their own through --helder-font-family.
  return html`<div class="helder-story" lang=${lang} dir=${RTL.has(lang) ? 'rtl' : 'ltr'} style="font-family: system-ui, sans-serif">
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withLanguage],
  globalTypes: {
    taalniveau: {
      // Stories put it on their widgets as level="…" (see stories/story-globals.ts). Stories
      // that show every level lock it with `globals: { taalniveau: '' }` (stories/redacteuren.stories.ts).
      description: 'Taalniveau van de teksten (het level-attribuut op de widgets)',
      toolbar: {
        title: 'Taalniveau',
        icon: 'paragraph',
        items: [
          { value: 'a2', title: 'A2 (eenvoudig)' },
          { value: 'b1', title: 'B1 (standaard)' },
          { value: 'c1', title: 'C1 (origineel)' },
        ],
        dynamicTitle: true,
      },
    },
    taal: {
      description: 'Taal van de knoppen en vragen (lang op de omhullende div)',
      toolbar: {
        title: 'Interfacetaal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands', right: 'nl' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'uk', title: 'Українська', right: 'uk' },
          { value: 'ar', title: 'العربية (rtl)', right: 'ar' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { taalniveau: 'b1', taal: 'nl' },
  parameters: {
    layout: 'padded',
    a11y: {
      // Report violations in the panel; 'error' would fail the test runner on every one.
      test: 'todo',
    },
  },
};

export default preview;
