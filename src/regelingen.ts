/** The regelingen widget and the language-level picker. */
export * from './components/taalniveau/taalniveau.js';
export * from './components/regelingen/regelingen.js';
