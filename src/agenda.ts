/** The agenda widget and the language-level picker. */
export * from './components/taalniveau/taalniveau.js';
export * from './components/agenda/agenda.js';
