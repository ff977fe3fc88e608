import type { StoryContext } from '@storybook/web-components-vite';
import { storePageLevel } from '../src/components/shared/page-level.js';
import { parseLevel, type Level } from '../src/core/level.js';

/** The language level chosen in the Storybook toolbar ("Taalniveau"), b1 when unset. */
export function toolbarLevel(context: Pick<StoryContext, 'globals'>): Level {
  return parseLevel(String(context.globals.taalniveau ?? '')) ?? 'b1';
}

let applied: { story: string; level: Level } | undefined;

/**
 * Puts the toolbar level on the page the way a picker does (storage + helder-level-change on
 * document), for stories whose widgets follow the page instead of carrying their own level.
 * Only when the story or the toolbar changed: switching the interface language re-renders the
 * story and must not undo a level the reader picked in the widget.
 */
export function applyToolbarLevelToPage(context: Pick<StoryContext, 'globals' | 'id'>): void {
  const level = toolbarLevel(context);
  if (applied?.story === context.id && applied.level === level) return;
  applied = { story: context.id, level };
  storePageLevel(level);
  document.dispatchEvent(new CustomEvent('helder-level-change', { detail: { level } }));
}
