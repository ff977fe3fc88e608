/** Every Helder element. Import this once; loading it twice does no harm. */
export * from './components/taalniveau/taalniveau.js';
export * from './components/regelingen/regelingen.js';
export * from './components/agenda/agenda.js';
export * from './components/sociale-kaart/sociale-kaart.js';
export { VERSION } from './components/shared/define.js';
export { LEVELS, type Level, type LevelText } from './core/level.js';
export type { HelderErrorDetail, HelderErrorProblem } from './components/shared/events/helder-error.js';
export type { HelderLevelChangeDetail } from './components/shared/events/helder-level-change.js';
export type { HelderLoadDetail } from './components/shared/events/helder-load.js';
export type { HelderCheckCompleteDetail } from './components/regelingen/events/helder-check-complete.js';
export type { FeedFailure, FeedProblem, ProblemCode } from './core/problems.js';
export type { Regeling, RegelingenFeed } from './core/schemas/regelingen.js';
export type { AgendaFeed } from './core/schemas/agenda.js';
export type { KaartService, SocialeKaart } from './core/sociale-kaart.js';
