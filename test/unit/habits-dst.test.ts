import { describe, expect, it } from 'vitest';
import { computeStreak, habitDays, summarizeHabits } from '../../lib/usage/habits';
import { localDay } from '../../lib/usage/day';
import { emptyRollup, type DayRollup } from '../../lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS } from '../../lib/usage/settings';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const HOUR_MS = 3_600_000;

/** Wall-clock parts of an instant in a zone, read back as if they were UTC (ms). */
function wallAsUtc(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
}

/** The instant a clock in `timeZone` shows `day` `hh:mm` (a time that exists that day). */
function zoned(day: string, hh: number, mm: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const wanted = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh, mm);
  // Two passes: the offset at the first guess may differ from the offset at the answer near a DST change.
  let guess = wanted - (wallAsUtc(wanted, timeZone) - wanted);
  guess = wanted - (wallAsUtc(guess, timeZone) - guess);
  return new Date(guess);
}

interface Stamp {
  at: Date;
  zone: string;
}

/** One qualifying AI action per event, on the local day of the zone it happened in (as the recorder does). */
function rollupsFrom(events: readonly Stamp[], dayStartHour?: number): DayRollup[] {
  return events.map(({ at, zone }) => ({ ...emptyRollup(localDay(at, zone, dayStartHour)), aiActions: 1 }));
}

const streak = (events: readonly Stamp[], now: Stamp, dayStartHour?: number) =>
  computeStreak(habitDays(rollupsFrom(events, dayStartHour), localDay(now.at, now.zone, dayStartHour)), DEFAULT_HABIT_SETTINGS);

const WEEKS_AROUND_SPRING_FORWARD = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
const WEEKS_AROUND_FALL_BACK = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];

describe('habits across DST changes (America/New_York)', () => {
  it('keeps the streak of a user active at 08:00 every workday across spring-forward (2026-03-08)', () => {
    const events = WEEKS_AROUND_SPRING_FORWARD.map((d) => ({ at: zoned(d, 8, 0, NEW_YORK), zone: NEW_YORK }));
    expect(events[5]?.at.toISOString()).toBe('2026-03-09T12:00:00.000Z'); // EDT now: UTC-4
    expect(events[4]?.at.toISOString()).toBe('2026-03-06T13:00:00.000Z'); // EST before: UTC-5
    const s = streak(events, { at: zoned('2026-03-13', 17, 0, NEW_YORK), zone: NEW_YORK });
    expect(s.current).toBe(10);
    expect(s.currentRun).toEqual({ start: '2026-03-02', end: '2026-03-13', length: 10 });
    expect(s.frozenDays).toEqual([]);
  });

  it('keeps the streak of a user active at 04:30 every workday across fall-back (2026-11-01)', () => {
    const events = WEEKS_AROUND_FALL_BACK.map((d) => ({ at: zoned(d, 4, 30, NEW_YORK), zone: NEW_YORK }));
    // Why the math is on day strings: 72 h after Friday 04:30 EDT is 03:30 EST on Monday,
    // still Sunday's local day. Stepping instants by 24 h would lose a workday.
    const friday = events[4]?.at.getTime() ?? 0;
    expect(localDay(new Date(friday + 72 * HOUR_MS), NEW_YORK)).toBe('2026-11-01');
    const s = streak(events, { at: zoned('2026-11-06', 12, 0, NEW_YORK), zone: NEW_YORK });
    expect(s.current).toBe(10);
    expect(s.history).toHaveLength(1);
  });

  it('puts both 01:30s of the fall-back night on the previous day (Saturday), merged', () => {
    const first = new Date('2026-11-01T05:30:00Z'); // 01:30 EDT
    const second = new Date('2026-11-01T06:30:00Z'); // 01:30 EST, an hour later
    const summary = summarizeHabits(
      rollupsFrom([
        { at: first, zone: NEW_YORK },
        { at: second, zone: NEW_YORK },
      ]),
      DEFAULT_HABIT_SETTINGS,
      localDay(second, NEW_YORK),
    );
    expect(summary.today).toBe('2026-10-31');
    expect(summary.bests.mostActionsInDay).toEqual({ day: '2026-10-31', aiActions: 2 });
    expect(summary.milestones.activeDays).toBe(1);
  });
});

describe('habits across travel', () => {
  // Mon-Wed in Berlin at 09:00; Thursday the flight, AI at 22:00 New York time (04:00 Friday in
  // Berlin); Friday and Monday at 09:00 in New York. Each event keeps the zone it happened in.
  const trip: Stamp[] = [
    { at: zoned('2026-06-08', 9, 0, BERLIN), zone: BERLIN },
    { at: zoned('2026-06-09', 9, 0, BERLIN), zone: BERLIN },
    { at: zoned('2026-06-10', 9, 0, BERLIN), zone: BERLIN },
    { at: zoned('2026-06-11', 22, 0, NEW_YORK), zone: NEW_YORK },
    { at: zoned('2026-06-12', 9, 0, NEW_YORK), zone: NEW_YORK },
    { at: zoned('2026-06-15', 9, 0, NEW_YORK), zone: NEW_YORK },
  ];
  const now: Stamp = { at: zoned('2026-06-15', 18, 0, NEW_YORK), zone: NEW_YORK };

  it('keeps the streak of a user who flies from Berlin to New York mid-streak', () => {
    const s = streak(trip, now);
    expect(s.current).toBe(6);
    expect(s.currentRun).toEqual({ start: '2026-06-08', end: '2026-06-15', length: 6 });
    expect(s.frozenDays).toEqual([]);
  });

  it('needs the zone of the moment: stamped in Berlin, Thursday evening would fall on Friday', () => {
    const wrongZone = trip.map((e) => ({ at: e.at, zone: BERLIN }));
    expect(localDay(trip[3]?.at ?? new Date(0), BERLIN)).toBe('2026-06-12');
    expect(streak(wrongZone, now).current).toBe(2);
  });
});

describe('the 04:00 day boundary', () => {
  // Monday 10:00, then Tuesday's work runs late: AI at 02:30 on Wednesday morning, then Wednesday 10:00.
  const events: Stamp[] = [
    { at: zoned('2026-03-02', 10, 0, NEW_YORK), zone: NEW_YORK },
    { at: zoned('2026-03-04', 2, 30, NEW_YORK), zone: NEW_YORK },
    { at: zoned('2026-03-04', 10, 0, NEW_YORK), zone: NEW_YORK },
  ];
  const now: Stamp = { at: zoned('2026-03-04', 12, 0, NEW_YORK), zone: NEW_YORK };

  it('counts activity at 02:30 local for the previous day', () => {
    expect(localDay(events[1]?.at ?? new Date(0), NEW_YORK)).toBe('2026-03-03');
    const s = streak(events, now);
    expect(s.current).toBe(3);
    // With a midnight boundary Tuesday would have been missed.
    expect(streak(events, now, 0).current).toBe(1);
  });

  it('before 04:00, today is still the day before: Monday night work keeps Monday open', () => {
    const lateNight: Stamp = { at: zoned('2026-03-03', 3, 0, NEW_YORK), zone: NEW_YORK };
    const s = streak([events[0] as Stamp], lateNight);
    expect(s.activeToday).toBe(true);
    expect(s.current).toBe(1);
  });

  it('02:30 on the Monday after spring-forward belongs to Sunday, a day off', () => {
    const sundayNight: Stamp = { at: zoned('2026-03-09', 2, 30, NEW_YORK), zone: NEW_YORK };
    const friday: Stamp = { at: zoned('2026-03-06', 10, 0, NEW_YORK), zone: NEW_YORK };
    const s = summarizeHabits(rollupsFrom([friday, sundayNight]), DEFAULT_HABIT_SETTINGS, '2026-03-09');
    expect(s.streak.current).toBe(1); // Sunday neither adds nor breaks; Monday is still open
    const sunday = s.heatmap.weeks.flatMap((w) => w.cells).find((c) => c.day === '2026-03-08');
    expect(sunday).toMatchObject({ count: 1, isWorkday: false });
  });
});
