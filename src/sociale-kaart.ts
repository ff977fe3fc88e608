/** The sociale kaart widget and the language-level picker. */
export * from './components/taalniveau/taalniveau.js';
export * from './components/sociale-kaart/sociale-kaart.js';
