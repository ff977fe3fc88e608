/**
 * Opening hours from HSDS 3.0 schedules (RFC 5545 RRULE fields), in Dutch time (Europe/Amsterdam).
 *
 * Times without a zone ("09:00", "09:00:00") are wall-clock times in Europe/Amsterdam; a time with
 * "Z" or an offset ("09:00+01:00") is that instant, shown in Amsterdam time. HSDS's numeric
 * `timezone` and `count` are not read. A schedule is usable when it has `freq` (WEEKLY or MONTHLY),
 * `opens_at` and `closes_at`, and the days it repeats on; a `closes_at` at or before `opens_at`
 * runs past midnight. Values only: the interface words them ("nu open", "opent om 9.00"). The
 * hours per weekday, for a table, are in week-table.ts.
 */

/** The subset of an HSDS schedule this module reads. */
export interface Schedule {
  freq?: string;
  interval?: number;
  byday?: string;
  bymonthday?: string;
  opens_at?: string;
  closes_at?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  until?: string;
  wkst?: string;
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type OpeningState =
  | {
      open: true;
      /** Amsterdam time 'HH:MM'; absent when the schedules keep it open for the whole week ahead. */
      closesAt?: string;
    }
  | {
      open: false;
      /** The next opening within a year; absent when none is found. */
      opensAt?: { date: string; time: string; today: boolean; tomorrow: boolean };
    };

const ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How far ahead to look for the next opening: a yearly-ish monthly rule still shows. */
const HORIZON_DAYS = 400;

export interface Time {
  /** Minutes after midnight, 0–1440. */
  minutes: number;
  /** The written UTC offset in ms; undefined for Amsterdam wall-clock time. */
  offset?: number;
}

/** A usable schedule, read. */
export interface Rule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  weekdays: { day: number; ordinal: number }[];
  monthDays: number[];
  opens: Time;
  closes: Time;
  /** Day numbers (days since 1970-01-01) bounding the occurrences, inclusive. */
  from?: number;
  to?: number;
  anchor?: number;
  wkst: number;
}

// ---------------------------------------------------------------------------------------------
// Civil dates as day numbers, and Amsterdam wall-clock time.

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
function weekdayOf(dn: number): number {
  return (((dn + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function civil(dn: number): { year: number; month: number; day: number } {
  const date = new Date(dn * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isoDate(dn: number): string {
  return new Date(dn * DAY_MS).toISOString().slice(0, 10);
}

function parseDate(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return dayNumber(year, month, day);
}

let wallFormat: Intl.DateTimeFormat | undefined;

/** Amsterdam wall-clock parts of an instant: the day number and minutes after midnight. */
function wallClock(ms: number): { dn: number; minutes: number; asUtc: number } {
  wallFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts: Record<string, number> = {};
  for (const part of wallFormat.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const dn = dayNumber(parts.year!, parts.month!, parts.day!);
  const minutes = parts.hour! * 60 + parts.minute!;
  return { dn, minutes, asUtc: dn * DAY_MS + minutes * MINUTE_MS + parts.second! * 1000 };
}

const offsets = new Map<number, number>();

/**
 * Amsterdam's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). It changes
 * only on a whole UTC hour, so it is asked of Intl once per hour: a list of cards asks often.
 */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / 3_600_000) * 3_600_000;
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = wallClock(hour).asUtc - hour;
    if (offsets.size > 5000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * The instant of a wall-clock time on a day. A time in the spring gap (02:30 on the last Sunday
 * of March) moves an hour on; a time that happens twice in autumn takes the second.
 */
function instantOf(dn: number, time: Time): number {
  const wall = dn * DAY_MS + time.minutes * MINUTE_MS;
  if (time.offset !== undefined) return wall - time.offset;
  let instant = wall - offsetAt(wall);
  const offset = offsetAt(instant);
  if (wall - instant !== offset) instant = wall - offset;
  return instant;
}

function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Reading schedules.

function parseTime(value: string | undefined): Time | undefined {
  const match = value === undefined ? null : /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  const time: Time = { minutes: hours * 60 + minutes };
  const zone = match[4];
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') time.offset = 0;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      time.offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * MINUTE_MS;
    }
  }
  return time;
}

function weekdayIndex(code: string): number {
  return (WEEKDAYS as readonly string[]).indexOf(code.toUpperCase());
}

function parseByDay(value: string | undefined): { day: number; ordinal: number }[] | undefined {
  if (value === undefined || value.trim() === '') return [];
  const days: { day: number; ordinal: number }[] = [];
  for (const part of value.split(',')) {
    const match = /^\s*([+-]?\d{1,2})?\s*([A-Za-z]{2})\s*$/.exec(part);
    const day = match ? weekdayIndex(match[2]!) : -1;
    const ordinal = match?.[1] ? Number(match[1]) : 0;
    if (day < 0 || Math.abs(ordinal) > 5) return undefined;
    days.push({ day, ordinal });
  }
  return days;
}

function parseMonthDays(value: string | undefined): number[] | undefined {
  if (value === undefined || value.trim() === '') return [];
  const days = value.split(',').map((part) => (/^\s*-?\d{1,2}\s*$/.test(part) ? Number(part) : NaN));
  return days.every((d) => Number.isInteger(d) && d !== 0 && Math.abs(d) <= 31) ? days : undefined;
}

function parseRule(schedule: Schedule): Rule | undefined {
  const freq = schedule.freq?.toUpperCase();
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return undefined;
  const opens = parseTime(schedule.opens_at);
  const closes = parseTime(schedule.closes_at);
  const weekdays = parseByDay(schedule.byday);
  const monthDays = parseMonthDays(schedule.bymonthday);
  if (!opens || !closes || !weekdays || !monthDays) return undefined;
  const interval = schedule.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const anchor = parseDate(schedule.dtstart);
  // Without a start date, "every other week" has no phase, and an empty byday has no day.
  if (interval > 1 && anchor === undefined) return undefined;
  if (freq === 'WEEKLY' && weekdays.length === 0) {
    if (anchor === undefined) return undefined;
    weekdays.push({ day: weekdayOf(anchor), ordinal: 0 });
  }
  if (freq === 'MONTHLY' && weekdays.length === 0 && monthDays.length === 0) {
    if (anchor === undefined) return undefined;
    monthDays.push(civil(anchor).day);
  }
  const starts = [parseDate(schedule.valid_from), anchor].filter((d): d is number => d !== undefined);
  const ends = [parseDate(schedule.valid_to), parseDate(schedule.until)].filter((d): d is number => d !== undefined);
  const wkst = schedule.wkst ? weekdayIndex(schedule.wkst) : 0;
  return {
    freq,
    interval,
    weekdays,
    monthDays,
    opens,
    closes,
    ...(starts.length ? { from: Math.max(...starts) } : {}),
    ...(ends.length ? { to: Math.min(...ends) } : {}),
    ...(anchor !== undefined ? { anchor } : {}),
    wkst: wkst < 0 ? 0 : wkst,
  };
}

function rules(schedules: readonly Schedule[] | undefined): Rule[] {
  return (schedules ?? []).map(parseRule).filter((rule): rule is Rule => rule !== undefined);
}

function occursOn(rule: Rule, dn: number): boolean {
  if ((rule.from !== undefined && dn < rule.from) || (rule.to !== undefined && dn > rule.to)) return false;
  const weekday = weekdayOf(dn);
  if (rule.freq === 'WEEKLY') {
    if (!rule.weekdays.some((w) => w.day === weekday)) return false;
    if (rule.interval === 1 || rule.anchor === undefined) return true;
    const weekStart = (d: number) => d - ((weekdayOf(d) - rule.wkst + 7) % 7);
    return ((weekStart(dn) - weekStart(rule.anchor)) / 7) % rule.interval === 0;
  }
  const { year, month, day } = civil(dn);
  if (rule.interval > 1 && rule.anchor !== undefined) {
    const start = civil(rule.anchor);
    if ((year * 12 + month - (start.year * 12 + start.month)) % rule.interval !== 0) return false;
  }
  const daysInMonth = civil(dayNumber(year, month + 1, 1) - 1).day;
  const byDay = rule.weekdays.some(
    (w) =>
      w.day === weekday &&
      (w.ordinal === 0 ||
        (w.ordinal > 0 ? Math.ceil(day / 7) === w.ordinal : Math.ceil((daysInMonth - day + 1) / 7) === -w.ordinal)),
  );
  const byMonthDay = rule.monthDays.some((d) => (d > 0 ? day === d : day === daysInMonth + d + 1));
  // RFC 5545: with both, a day must match both ("Friday the 13th").
  if (rule.weekdays.length && rule.monthDays.length) return byDay && byMonthDay;
  return rule.weekdays.length ? byDay : byMonthDay;
}

/** The instants a rule is open on a day: [opens, closes). */
function occurrence(rule: Rule, dn: number): [number, number] {
  const opens = instantOf(dn, rule.opens);
  // Equal times mean around the clock; an earlier closing time is the next day.
  const closesNextDay = rule.closes.minutes <= rule.opens.minutes && rule.closes.minutes < 1440;
  return [opens, instantOf(closesNextDay ? dn + 1 : dn, rule.closes)];
}

// ---------------------------------------------------------------------------------------------
// What the widget asks.

/**
 * Whether the schedules say open at `now` (until when), or when they open next. Undefined when
 * no schedule is usable or every usable one has ended.
 */
export function openingState(schedules: readonly Schedule[] | undefined, now: Date = new Date()): OpeningState | undefined {
  const nowMs = now.getTime();
  const today = wallClock(nowMs).dn;
  // A schedule that ended yesterday may still run past midnight into today.
  const current = rules(schedules).filter((rule) => rule.to === undefined || rule.to >= today - 1);
  if (current.length === 0) return undefined;

  // Yesterday's late hours and a week ahead, merged, so 09–12 and 12–17 close at 17:00.
  const lastDay = today + 7;
  const spans = [];
  for (let dn = today - 1; dn <= lastDay; dn++) {
    for (const rule of current) if (occursOn(rule, dn)) spans.push(occurrence(rule, dn));
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  const openSpan = merged.find(([start, end]) => start <= nowMs && nowMs < end);
  if (openSpan) {
    const horizon = instantOf(lastDay, { minutes: 0 });
    return openSpan[1] >= horizon ? { open: true } : { open: true, closesAt: hhmm(wallClock(openSpan[1]).minutes) };
  }

  const upcoming = current.filter((rule) => rule.to === undefined || rule.to >= today);
  if (upcoming.length === 0) return undefined;
  for (let dn = today; dn <= today + HORIZON_DAYS; dn++) {
    if (upcoming.every((rule) => rule.to !== undefined && rule.to < dn)) break;
    const starts = upcoming
      .filter((rule) => occursOn(rule, dn))
      .map((rule) => occurrence(rule, dn)[0])
      .filter((start) => start > nowMs);
    if (starts.length) {
      const next = wallClock(Math.min(...starts));
      return {
        open: false,
        opensAt: { date: isoDate(next.dn), time: hhmm(next.minutes), today: next.dn === today, tomorrow: next.dn === today + 1 },
      };
    }
  }
  return { open: false };
}

/** The usable rules that are valid on the day of `now` (Amsterdam time), with that day: what week-table.ts shows. */
export function rulesValidOn(schedules: readonly Schedule[] | undefined, now: Date): { today: number; rules: Rule[] } {
  const today = wallClock(now.getTime()).dn;
  const valid = rules(schedules).filter((rule) => (rule.from === undefined || rule.from <= today) && (rule.to === undefined || rule.to >= today));
  return { today, rules: valid };
}

/** The time a rule's opening or closing shows as, in Amsterdam time on `dn`. */
export function shownTime(time: Time, dn: number): string {
  if (time.offset !== undefined) return hhmm(wallClock(instantOf(dn, time)).minutes);
  return time.minutes === 1440 ? '24:00' : hhmm(time.minutes);
}
