import { describe, it, expect } from 'vitest';
import { openingState, type Schedule } from '../../src/core/opening-hours.js';
import { weekTable } from '../../src/core/week-table.js';

/** Instants are written in UTC ("Z") so the tests state exactly which moment they mean. */
const at = (iso: string) => new Date(iso);

const weekdays: Schedule = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' };
/** Saturday night into Sunday morning: the night the clocks change. */
const saturdayNight: Schedule = { freq: 'WEEKLY', byday: 'SA', opens_at: '22:00', closes_at: '04:00' };

describe('openingState: open or closed now (Europe/Amsterdam)', () => {
  // 2026-06-10 is a Wednesday in summer time (UTC+2).
  it('is open during opening hours, with the closing time', () => {
    expect(openingState([weekdays], at('2026-06-10T08:00:00Z'))).toEqual({ open: true, closesAt: '17:00' });
  });

  it('opens at the opening time and closes at the closing time', () => {
    expect(openingState([weekdays], at('2026-06-10T07:00:00Z'))).toEqual({ open: true, closesAt: '17:00' });
    expect(openingState([weekdays], at('2026-06-10T15:00:00Z'))?.open).toBe(false);
  });

  it('says when it opens later today', () => {
    expect(openingState([weekdays], at('2026-06-10T05:30:00Z'))).toEqual({
      open: false,
      opensAt: { date: '2026-06-10', time: '09:00', today: true, tomorrow: false },
    });
  });

  it('says when it opens tomorrow', () => {
    expect(openingState([weekdays], at('2026-06-10T16:00:00Z'))).toEqual({
      open: false,
      opensAt: { date: '2026-06-11', time: '09:00', today: false, tomorrow: true },
    });
  });

  it('skips the weekend: after Friday it opens on Monday', () => {
    expect(openingState([weekdays], at('2026-06-12T16:00:00Z'))).toEqual({
      open: false,
      opensAt: { date: '2026-06-15', time: '09:00', today: false, tomorrow: false },
    });
  });

  it('reads HSDS times with seconds', () => {
    const schedule = { ...weekdays, opens_at: '09:30:00', closes_at: '12:15:00' };
    expect(openingState([schedule], at('2026-06-10T08:00:00Z'))).toEqual({ open: true, closesAt: '12:15' });
    expect(openingState([schedule], at('2026-06-10T07:00:00Z'))).toMatchObject({ opensAt: { time: '09:30' } });
  });

  it('uses the earliest of several schedules and joins hours that touch', () => {
    const morning: Schedule = { freq: 'WEEKLY', byday: 'WE', opens_at: '09:00', closes_at: '12:00' };
    const afternoon: Schedule = { freq: 'WEEKLY', byday: 'WE', opens_at: '12:00', closes_at: '17:00' };
    const thursday: Schedule = { freq: 'WEEKLY', byday: 'TH', opens_at: '08:00', closes_at: '10:00' };
    expect(openingState([afternoon, morning, thursday], at('2026-06-10T09:00:00Z'))).toEqual({ open: true, closesAt: '17:00' });
    expect(openingState([afternoon, thursday], at('2026-06-10T08:00:00Z'))).toMatchObject({ opensAt: { time: '12:00', today: true } });
    expect(openingState([afternoon, thursday], at('2026-06-10T16:00:00Z'))).toMatchObject({ opensAt: { date: '2026-06-11', time: '08:00' } });
  });

  it('says nothing about a closing time when it is open around the clock', () => {
    const always: Schedule = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' };
    expect(openingState([always], at('2026-06-10T12:00:00Z'))).toEqual({ open: true });
  });

  it('converts a time written with a zone into Amsterdam time', () => {
    // 08:00 UTC is 10:00 in Amsterdam in summer.
    const utc: Schedule = { freq: 'WEEKLY', byday: 'WE', opens_at: '08:00Z', closes_at: '10:00Z' };
    expect(openingState([utc], at('2026-06-10T05:00:00Z'))).toMatchObject({ opensAt: { time: '10:00' } });
    const offset: Schedule = { freq: 'WEEKLY', byday: 'WE', opens_at: '09:00+01:00', closes_at: '11:00+01:00' };
    expect(openingState([offset], at('2026-06-10T09:00:00Z'))).toEqual({ open: true, closesAt: '12:00' });
  });
});

describe('openingState: past midnight', () => {
  const nights: Schedule = { freq: 'WEEKLY', byday: 'FR,SA', opens_at: '22:00', closes_at: '02:00' };

  it('is open after midnight on the day after the opening day', () => {
    // Saturday 2026-06-13 01:00 in Amsterdam belongs to Friday night.
    expect(openingState([nights], at('2026-06-12T23:00:00Z'))).toEqual({ open: true, closesAt: '02:00' });
    // Sunday 01:00 belongs to Saturday night.
    expect(openingState([nights], at('2026-06-13T23:00:00Z'))).toEqual({ open: true, closesAt: '02:00' });
  });

  it('is closed after the night, and opens again on Friday', () => {
    // Monday 2026-06-15 01:00: Sunday is no opening day.
    expect(openingState([nights], at('2026-06-14T23:00:00Z'))).toEqual({
      open: false,
      opensAt: { date: '2026-06-19', time: '22:00', today: false, tomorrow: false },
    });
  });

  it('treats equal opening and closing times as a full day', () => {
    const day: Schedule = { freq: 'WEEKLY', byday: 'WE', opens_at: '12:00', closes_at: '12:00' };
    // Thursday 11:00 in Amsterdam is inside Wednesday 12:00 → Thursday 12:00.
    expect(openingState([day], at('2026-06-11T09:00:00Z'))).toEqual({ open: true, closesAt: '12:00' });
  });
});

describe('openingState: the change to and from summer time', () => {
  // 2026-03-29, the last Sunday of March: 02:00 CET becomes 03:00 CEST (01:00 UTC).
  it('counts Saturday night into the spring Sunday in wall-clock time', () => {
    expect(openingState([saturdayNight], at('2026-03-29T00:30:00Z'))).toEqual({ open: true, closesAt: '04:00' }); // 01:30 CET
    expect(openingState([saturdayNight], at('2026-03-29T01:30:00Z'))).toEqual({ open: true, closesAt: '04:00' }); // 03:30 CEST
    // 02:30 UTC is 04:30 CEST: closed, although it is only 03:30 in winter time.
    expect(openingState([saturdayNight], at('2026-03-29T02:30:00Z'))).toEqual({
      open: false,
      opensAt: { date: '2026-04-04', time: '22:00', today: false, tomorrow: false },
    });
  });

  it('uses the winter offset before the change and the summer offset after it', () => {
    // Friday 2026-03-27 07:30 UTC is 08:30 CET: not yet open.
    expect(openingState([weekdays], at('2026-03-27T07:30:00Z'))).toMatchObject({ open: false, opensAt: { time: '09:00', today: true } });
    // Monday 2026-03-30 07:30 UTC is 09:30 CEST: open.
    expect(openingState([weekdays], at('2026-03-30T07:30:00Z'))).toEqual({ open: true, closesAt: '17:00' });
  });

  it('moves a time that does not exist on the spring Sunday an hour on', () => {
    const sunday: Schedule = { freq: 'WEEKLY', byday: 'SU', opens_at: '02:30', closes_at: '05:00' };
    expect(openingState([sunday], at('2026-03-28T23:30:00Z'))).toEqual({
      open: false,
      opensAt: { date: '2026-03-29', time: '03:30', today: true, tomorrow: false },
    });
  });

  // 2026-10-25, the last Sunday of October: 03:00 CEST becomes 02:00 CET (01:00 UTC).
  it('counts Saturday night into the autumn Sunday in wall-clock time', () => {
    expect(openingState([saturdayNight], at('2026-10-25T00:30:00Z'))).toEqual({ open: true, closesAt: '04:00' }); // 02:30 CEST
    expect(openingState([saturdayNight], at('2026-10-25T01:30:00Z'))).toEqual({ open: true, closesAt: '04:00' }); // 02:30 CET
    // 02:30 UTC is 03:30 CET: still open, although it would be 04:30 in summer time.
    expect(openingState([saturdayNight], at('2026-10-25T02:30:00Z'))).toEqual({ open: true, closesAt: '04:00' });
    expect(openingState([saturdayNight], at('2026-10-25T03:30:00Z'))?.open).toBe(false); // 04:30 CET
  });

  it('uses the winter offset after the autumn change', () => {
    // Monday 2026-10-26 07:30 UTC is 08:30 CET; 08:30 UTC is 09:30 CET.
    expect(openingState([weekdays], at('2026-10-26T07:30:00Z'))).toMatchObject({ open: false, opensAt: { time: '09:00', today: true } });
    expect(openingState([weekdays], at('2026-10-26T08:30:00Z'))).toEqual({ open: true, closesAt: '17:00' });
  });
});

describe('openingState: monthly rules', () => {
  const firstMonday: Schedule = { freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00' };
  const lastFriday: Schedule = { freq: 'MONTHLY', byday: '-1FR', opens_at: '14:00', closes_at: '16:00' };

  it('opens on the first Monday of the month', () => {
    // 2026-06-01 is the first Monday of June.
    expect(openingState([firstMonday], at('2026-06-01T08:30:00Z'))).toEqual({ open: true, closesAt: '12:00' });
    // The day after, the next one is the first Monday of July, 2026-07-06.
    expect(openingState([firstMonday], at('2026-06-02T08:30:00Z'))).toMatchObject({ opensAt: { date: '2026-07-06', time: '10:00' } });
    // The second Monday of June is no opening day.
    expect(openingState([firstMonday], at('2026-06-08T08:30:00Z'))?.open).toBe(false);
  });

  it('opens on the last Friday of the month', () => {
    expect(openingState([lastFriday], at('2026-06-01T08:00:00Z'))).toMatchObject({ opensAt: { date: '2026-06-26', time: '14:00' } });
    expect(openingState([lastFriday], at('2026-06-26T12:30:00Z'))).toEqual({ open: true, closesAt: '16:00' });
    // Friday 2026-06-19 is not the last one.
    expect(openingState([lastFriday], at('2026-06-19T12:30:00Z'))?.open).toBe(false);
  });

  it('reads days of the month, negative ones from the end', () => {
    const lastDay: Schedule = { freq: 'MONTHLY', bymonthday: '-1', opens_at: '09:00', closes_at: '10:00' };
    expect(openingState([lastDay], at('2027-02-01T12:00:00Z'))).toMatchObject({ opensAt: { date: '2027-02-28' } });
    const fifteenth: Schedule = { freq: 'MONTHLY', bymonthday: '15', opens_at: '09:00', closes_at: '10:00' };
    expect(openingState([fifteenth], at('2026-06-15T07:30:00Z'))).toEqual({ open: true, closesAt: '10:00' });
  });

  it('needs both byday and bymonthday to match when both are given', () => {
    const fridayThe13th: Schedule = { freq: 'MONTHLY', byday: 'FR', bymonthday: '13', opens_at: '20:00', closes_at: '21:00' };
    expect(openingState([fridayThe13th], at('2026-03-01T12:00:00Z'))).toMatchObject({ opensAt: { date: '2026-03-13' } });
    expect(openingState([fridayThe13th], at('2026-03-14T12:00:00Z'))).toMatchObject({ opensAt: { date: '2026-11-13' } });
  });
});

describe('openingState: repetition and validity', () => {
  it('counts every other week from dtstart', () => {
    const fortnightly: Schedule = { freq: 'WEEKLY', interval: 2, byday: 'WE', dtstart: '2026-06-03', opens_at: '09:00', closes_at: '11:00' };
    expect(openingState([fortnightly], at('2026-06-03T07:30:00Z'))?.open).toBe(true);
    expect(openingState([fortnightly], at('2026-06-10T07:30:00Z'))).toMatchObject({ open: false, opensAt: { date: '2026-06-17' } });
  });

  it('does not open before valid_from or after valid_to', () => {
    const summer: Schedule = { ...weekdays, valid_from: '2026-07-01', valid_to: '2026-08-31' };
    expect(openingState([summer], at('2026-06-10T08:00:00Z'))).toMatchObject({ open: false, opensAt: { date: '2026-07-01' } });
    expect(openingState([summer], at('2026-08-31T08:00:00Z'))?.open).toBe(true);
    expect(openingState([summer], at('2026-09-01T08:00:00Z'))).toBeUndefined();
  });

  it('says nothing when no schedule is usable', () => {
    expect(openingState(undefined)).toBeUndefined();
    expect(openingState([])).toBeUndefined();
    expect(openingState([{ opens_at: '09:00', closes_at: '17:00', byday: 'MO' }])).toBeUndefined(); // no freq
    expect(openingState([{ freq: 'WEEKLY', byday: 'MO' }])).toBeUndefined(); // no times
    expect(openingState([{ freq: 'WEEKLY', byday: 'XX', opens_at: '09:00', closes_at: '17:00' }])).toBeUndefined();
    expect(openingState([{ freq: 'WEEKLY', byday: 'MO', opens_at: '25:00', closes_at: '17:00' }])).toBeUndefined();
    expect(openingState([{ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '09:00', closes_at: '17:00' }])).toBeUndefined(); // no dtstart
  });

  it('says nothing for the Open Referral example, whose schedule ended in 2005', () => {
    const example: Schedule = {
      valid_from: '2005-01-01', valid_to: '2005-01-01', dtstart: '2005-01-01', until: '2005-01-01', wkst: 'TU',
      freq: 'WEEKLY', interval: 1, byday: 'TH,FR', bymonthday: '2,3,4', opens_at: '10:00:00', closes_at: '18:00:00',
    };
    expect(openingState([example], at('2026-06-11T10:00:00Z'))).toBeUndefined();
  });
});

describe('weekTable', () => {
  const now = at('2026-06-10T10:00:00Z');

  it('gives seven days, Monday first, with the ranges of each', () => {
    const saturday: Schedule = { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00:00', closes_at: '12:30:00' };
    const table = weekTable([weekdays, saturday], now);
    expect(table?.days.map((d) => d.day)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
    expect(table?.days[0]).toEqual({ day: 'MO', ranges: [{ opens: '09:00', closes: '17:00' }] });
    expect(table?.days[5]).toEqual({ day: 'SA', ranges: [{ opens: '10:00', closes: '12:30' }] });
    expect(table?.days[6]).toEqual({ day: 'SU', ranges: [] });
    expect(table?.monthly).toEqual([]);
  });

  it('sorts and joins a day’s ranges, and keeps a range past midnight as written', () => {
    const table = weekTable(
      [
        { freq: 'WEEKLY', byday: 'MO', opens_at: '13:00', closes_at: '17:00' },
        { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
        { freq: 'WEEKLY', byday: 'MO', opens_at: '11:00', closes_at: '13:00' },
        saturdayNight,
      ],
      now,
    );
    expect(table?.days[0]?.ranges).toEqual([{ opens: '09:00', closes: '17:00' }]);
    expect(table?.days[5]?.ranges).toEqual([{ opens: '22:00', closes: '04:00' }]);
  });

  it('marks every other week, and lists monthly rules apart', () => {
    const table = weekTable(
      [
        { freq: 'WEEKLY', interval: 2, dtstart: '2026-06-01', byday: 'TU', opens_at: '19:00', closes_at: '21:00' },
        { freq: 'MONTHLY', byday: '1MO,-1FR', opens_at: '10:00', closes_at: '12:00' },
        { freq: 'MONTHLY', interval: 3, dtstart: '2026-01-15', bymonthday: '15', opens_at: '14:00', closes_at: '15:00' },
      ],
      now,
    );
    expect(table?.days[1]?.ranges).toEqual([{ opens: '19:00', closes: '21:00', everyWeeks: 2 }]);
    expect(table?.monthly).toEqual([
      { weekdays: [{ day: 'MO', ordinal: 1 }, { day: 'FR', ordinal: -1 }], monthDays: [], opens: '10:00', closes: '12:00' },
      { weekdays: [], monthDays: [15], everyMonths: 3, opens: '14:00', closes: '15:00' },
    ]);
  });

  it('leaves out schedules not valid today, and says nothing without any', () => {
    const old: Schedule = { ...weekdays, valid_to: '2026-01-01' };
    const later: Schedule = { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00', valid_from: '2026-09-01' };
    expect(weekTable([old, later], now)).toBeUndefined();
    expect(weekTable([old, weekdays], now)?.days[0]?.ranges).toEqual([{ opens: '09:00', closes: '17:00' }]);
    expect(weekTable([], now)).toBeUndefined();
  });

  it('shows 24:00 as written', () => {
    const late: Schedule = { freq: 'WEEKLY', byday: 'FR', opens_at: '20:00', closes_at: '24:00' };
    expect(weekTable([late], now)?.days[4]?.ranges).toEqual([{ opens: '20:00', closes: '24:00' }]);
  });
});
