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
 * What changed since the year before, in the words of the marks on the doelen:
 * "Nieuw in 2025: 1 doel. Ook in 2024: 24 doelen. Niet meer in 2025: 3 doelen."
 */
export function changeSummary(counts: ChangeCounts, year: number, previous: number, locale: Locale): string {
  const y = String(year);
  const p = String(previous);
  const fresh = goalsText(counts.new, locale);
  const continued = goalsText(counts.continued, locale);
  const ended = goalsText(counts.ended, locale);
  return `${msg(str`Nieuw in ${y}: ${fresh}.`)} ${msg(str`Ook in ${p}: ${continued}.`)} ${msg(str`Niet meer in ${y}: ${ended}.`)}`;
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
  if (actions === 0) return msg(str`${g} gevonden.`);
  if (goals === 0) return msg(str`${a} gevonden.`);
  return msg(str`${g} en ${a} gevonden.`);
}
