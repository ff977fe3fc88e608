/**
 * The hours of HSDS schedules per weekday, for the table behind "Openingstijden": apart from
 * opening-hours.ts, because the table's code is fetched only when a resident opens one.
 */
import { WEEKDAYS, rulesValidOn, shownTime, type Schedule, type Weekday } from './opening-hours.js';

export interface TimeRange {
  /** 'HH:MM', Amsterdam time. */
  opens: string;
  /** 'HH:MM'; earlier than or equal to `opens` when the range runs past midnight. */
  closes: string;
  /** 2 for every other week, and so on; absent for every week. */
  everyWeeks?: number;
}

export interface MonthlyHours {
  /** Weekdays with their place in the month: 1 = first, -1 = last, 0 = every such day. */
  weekdays: { day: Weekday; ordinal: number }[];
  /** Days of the month; negative counts from the end (-1 = last day). */
  monthDays: number[];
  /** 2 for every other month, and so on; absent for every month. */
  everyMonths?: number;
  opens: string;
  closes: string;
}

export interface WeekTable {
  /** Always seven days, Monday first. */
  days: { day: Weekday; ranges: TimeRange[] }[];
  monthly: MonthlyHours[];
}

/**
 * The hours per weekday (Monday first) and the monthly rules, from the schedules that are valid
 * on the day of `now`, for a table. Undefined when none is.
 */
export function weekTable(schedules: readonly Schedule[] | undefined, now: Date = new Date()): WeekTable | undefined {
  const { today, rules: valid } = rulesValidOn(schedules, now);
  if (valid.length === 0) return undefined;

  const days: WeekTable['days'] = WEEKDAYS.map((day) => ({ day, ranges: [] }));
  const monthly: MonthlyHours[] = [];
  for (const rule of valid) {
    const opens = shownTime(rule.opens, today);
    const closes = shownTime(rule.closes, today);
    if (rule.freq === 'WEEKLY') {
      for (const { day } of rule.weekdays) {
        days[day]!.ranges.push({ opens, closes, ...(rule.interval > 1 ? { everyWeeks: rule.interval } : {}) });
      }
    } else {
      monthly.push({
        weekdays: rule.weekdays.map((w) => ({ day: WEEKDAYS[w.day]!, ordinal: w.ordinal })),
        monthDays: [...rule.monthDays],
        ...(rule.interval > 1 ? { everyMonths: rule.interval } : {}),
        opens,
        closes,
      });
    }
  }
  for (const entry of days) entry.ranges = mergeRanges(entry.ranges);
  return { days, monthly };
}

/** Sorts a day's ranges and joins those that overlap or touch (same repetition, same day). */
function mergeRanges(ranges: TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.opens.localeCompare(b.opens));
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    const sameDay = (r: TimeRange) => r.closes > r.opens;
    if (last && last.everyWeeks === range.everyWeeks && sameDay(last) && sameDay(range) && range.opens <= last.closes) {
      if (range.closes > last.closes) last.closes = range.closes;
    } else merged.push({ ...range });
  }
  return merged;
}
