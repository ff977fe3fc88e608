import { msg, str } from '@lit/localize';
import type { YearChange } from '../../core/agenda.js';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import type { ActionStatus } from '../../core/schemas/agenda.js';
import { plural } from '../shared/messages.js';

/** "11 doelen", "1 doel", in the plural form of the interface language. */
export function goalsText(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} doelen`, { id: 'goals.zero' }),
    one: () => msg(str`${n} doel`, { id: 'goals.one' }),
    two: () => msg(str`${n} doelen`, { id: 'goals.two' }),
    few: () => msg(str`${n} doelen`, { id: 'goals.few' }),
    many: () => msg(str`${n} doelen`, { id: 'goals.many' }),
    other: () => msg(str`${n} doelen`, { id: 'goals.other' }),
  });
}

/** "64 acties", "1 actie". */
export function actionsText(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} acties`, { id: 'actions.zero' }),
    one: () => msg(str`${n} actie`, { id: 'actions.one' }),
    two: () => msg(str`${n} acties`, { id: 'actions.two' }),
    few: () => msg(str`${n} acties`, { id: 'actions.few' }),
    many: () => msg(str`${n} acties`, { id: 'actions.many' }),
    other: () => msg(str`${n} acties`, { id: 'actions.other' }),
  });
}

/** "In 2025: 11 doelen en 64 acties." */
export function yearCounts(year: number, goals: number, actions: number, locale: Locale): string {
  const y = String(year);
  const g = goalsText(goals, locale);
  const a = actionsText(actions, locale);
  return msg(str`In ${y}: ${g} en ${a}.`);
}

export interface ChangeCounts {
  new: number;
  continued: number;
  ended: number;
}

/**
 * What changed since the year before, as three short sentences:
 * "1 doel is nieuw. 25 doelen stonden ook in 2024 in de agenda. 3 doelen staan er niet meer in."
 */
export function changeSummary(counts: ChangeCounts, previous: number, locale: Locale): string {
  const p = String(previous);
  const nNew = formatNumber(counts.new, locale);
  const nContinued = formatNumber(counts.continued, locale);
  const nEnded = formatNumber(counts.ended, locale);
  const fresh = plural(locale, counts.new, {
    zero: () => msg(str`${nNew} doelen zijn nieuw.`, { id: 'new.zero' }),
    one: () => msg(str`${nNew} doel is nieuw.`, { id: 'new.one' }),
    two: () => msg(str`${nNew} doelen zijn nieuw.`, { id: 'new.two' }),
    few: () => msg(str`${nNew} doelen zijn nieuw.`, { id: 'new.few' }),
    many: () => msg(str`${nNew} doelen zijn nieuw.`, { id: 'new.many' }),
    other: () => msg(str`${nNew} doelen zijn nieuw.`, { id: 'new.other' }),
  });
  const continued = plural(locale, counts.continued, {
    zero: () => msg(str`${nContinued} doelen stonden ook in ${p} in de agenda.`, { id: 'continued.zero' }),
    one: () => msg(str`${nContinued} doel stond ook in ${p} in de agenda.`, { id: 'continued.one' }),
    two: () => msg(str`${nContinued} doelen stonden ook in ${p} in de agenda.`, { id: 'continued.two' }),
    few: () => msg(str`${nContinued} doelen stonden ook in ${p} in de agenda.`, { id: 'continued.few' }),
    many: () => msg(str`${nContinued} doelen stonden ook in ${p} in de agenda.`, { id: 'continued.many' }),
    other: () => msg(str`${nContinued} doelen stonden ook in ${p} in de agenda.`, { id: 'continued.other' }),
  });
  const ended = plural(locale, counts.ended, {
    zero: () => msg(str`${nEnded} doelen van ${p} staan er niet meer in.`, { id: 'ended.zero' }),
    one: () => msg(str`${nEnded} doel van ${p} staat er niet meer in.`, { id: 'ended.one' }),
    two: () => msg(str`${nEnded} doelen van ${p} staan er niet meer in.`, { id: 'ended.two' }),
    few: () => msg(str`${nEnded} doelen van ${p} staan er niet meer in.`, { id: 'ended.few' }),
    many: () => msg(str`${nEnded} doelen van ${p} staan er niet meer in.`, { id: 'ended.many' }),
    other: () => msg(str`${nEnded} doelen van ${p} staan er niet meer in.`, { id: 'ended.other' }),
  });
  return `${fresh} ${continued} ${ended}`;
}

/** The mark on a doel: what it is compared with the year before. */
export function changeLabel(change: YearChange, year: number, previous: number): string {
  const y = String(year);
  const p = String(previous);
  switch (change) {
    case 'new':
      return msg(str`nieuw in ${y}`);
    case 'continued':
      return msg(str`ook in ${p}`);
    case 'ended':
      return msg(str`niet meer in ${y}`);
  }
}

export function statusLabel(status: ActionStatus): string {
  switch (status) {
    case 'gestart':
      return msg('gestart');
    case 'uitgevoerd':
      return msg('uitgevoerd');
    case 'deels-uitgevoerd':
      return msg('deels uitgevoerd');
    case 'uitgesteld':
      return msg('uitgesteld');
    case 'gestopt':
      return msg('gestopt');
  }
}

/** "3 doelen en 5 acties gevonden.", or that nothing was found. */
export function foundText(goals: number, actions: number, locale: Locale): string {
  if (goals === 0 && actions === 0) return msg('Niets gevonden.');
  const g = goalsText(goals, locale);
  const a = actionsText(actions, locale);
  return msg(str`${g} en ${a} gevonden.`);
}
