import { defineConfig } from 'vitest/config';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/**
 * One build, one entry per public script. Entries share chunks (Lit, the core), so a page that
 * loads two of them downloads the shared code once. Interface translations are separate chunks,
 * fetched only when a widget shows that language.
 */
export default defineConfig({
  // Lit's html`` and css`` templates keep their indentation; the minifier takes it out (and fails
  // the build rather than ship a template it could not read). Only Helder's own sources: other
  // packages (Storybook's, in its build) have templates it cannot read.
  plugins: [literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true })],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    lib: {
      entry: {
        helder: 'src/helder.ts',
        taalniveau: 'src/taalniveau.ts',
        regelingen: 'src/regelingen.ts',
        agenda: 'src/agenda.ts',
        'sociale-kaart': 'src/sociale-kaart.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Lib mode keeps whitespace for ES output; residents' phones want it gone.
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
  server: { host: 'localhost' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
