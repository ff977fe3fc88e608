import { defineMain } from '@storybook/web-components-vite/node';

/**
 * Storybook for Helder, configured by hand (no `storybook init` on these machines).
 *
 * It loads the project's vite.config.ts, but @storybook/builder-vite drops that file's `build`
 * block (the library entries, dist/, file names) and keeps only `build.target`, so the lib
 * build does not get in the way. Decorators stay legacy: Vite's transform reads tsconfig.json
 * (experimentalDecorators, useDefineForClassFields: false).
 */
export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal(config) {
    return {
      ...config,
      // The renderer imports lit/directive-helpers.js, which Vite's dev server would otherwise
      // serve unbundled: a second lit-html next to the pre-bundled one ("Multiple versions of Lit").
      optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
      // The preview bundle carries Storybook itself and axe-core; its size is not the library's.
      build: { ...config.build, chunkSizeWarningLimit: 1500 },
    };
  },
});
