/** Only the language-level picker. */
export * from './components/taalniveau/taalniveau.js';
