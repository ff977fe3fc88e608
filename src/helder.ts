/** Every Helder element. Import this once; loading it twice does no harm. */
export * from './components/taalniveau/taalniveau.js';
export * from './components/regelingen/regelingen.js';
export { VERSION } from './components/shared/define.js';
export { LEVELS, type Level, type LevelText } from './core/level.js';
export type { HelderErrorDetail, HelderLevelChangeDetail, HelderLoadDetail, HelderCheckCompleteDetail } from './components/shared/events.js';
export type { Regeling, RegelingenFeed } from './core/schemas/regelingen.js';
