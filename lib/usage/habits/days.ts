import type { AppId } from '../../sites/types';
import { blankAppDay, blankRollup, type AppDay, type DayRollup } from '../rollup';
import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayNumber, tryDayNumber } from './calendar';

/** One merged local day. */
export interface HabitDay {
  /** Day number (see calendar.ts). */
  readonly num: number;
  readonly rollup: DayRollup;
}

/**
 * Rollups made ready for the habit math: one row per day (duplicates summed), sorted, nothing
 * after `today`, unreadable day strings dropped. Build it once with `habitDays` and hand it to
 * every piece; `summarizeHabits` does that for you.
 */
export interface HabitDays {
  readonly today: string;
  readonly todayNum: number;
  /** Ascending by day. */
  readonly days: readonly HabitDay[];
  readonly byNum: ReadonlyMap<number, DayRollup>;
}

/** A day counts for the habit when it has at least one qualifying AI action. */
export function isActive(rollup: DayRollup | undefined): boolean {
  return rollup !== undefined && rollup.aiActions > 0;
}

type RollupCounter = Exclude<keyof DayRollup, 'day' | 'apps' | 'tips' | 'tools'>;
const ROLLUP_COUNTERS: readonly RollupCounter[] = [
  'aiActions',
  'aiSessions',
  'prompts',
  'manualLogs',
  'tipsShown',
  'tipsUsed',
  'informedTasks',
  'minutesSaved',
];
const APP_COUNTERS: readonly Exclude<keyof AppDay, 'categories'>[] = [
  'recordVisits',
  'tipsShown',
  'tipsUsed',
  'dismissed',
  'aiActions',
  'informedTasks',
  'minutesSaved',
];

/** Counters come from storage: a corrupt value counts as zero rather than poisoning every sum. */
function count(n: number | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

function addRecord(into: Record<string, number>, from: Readonly<Record<string, number>> | undefined): void {
  if (from === undefined) return;
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + count(v);
}



/** Adds `from` into `into` (a fresh row owned by this module: callers' rows are never mutated). */
function mergeInto(into: DayRollup, from: DayRollup): void {
  for (const k of ROLLUP_COUNTERS) into[k] += count(from[k]);
  addRecord(into.tips, from.tips);
  addRecord(into.tools, from.tools);
  for (const [app, figures] of Object.entries(from.apps ?? {}) as [AppId, AppDay | undefined][]) {
    if (figures === undefined) continue;
    const target = into.apps[app] ?? blankAppDay();
    for (const k of APP_COUNTERS) target[k] += count(figures[k]);
    into.apps[app] = target;
  }
}

/**
 * Prepares rollups for the habit math. `today` is the caller's local day (localDay(now, zone)).
 * Input may be unsorted, have gaps, repeat a day (summed) or hold days after today (ignored).
 */
export function habitDays(rollups: readonly DayRollup[], today: string): HabitDays {
  const todayNum = dayNumber(today);
  const byNum = new Map<number, DayRollup>();
  for (const r of rollups) {
    const num = tryDayNumber(r.day);
    if (num === null || num > todayNum) continue;
    let row = byNum.get(num);
    if (row === undefined) {
      row = blankRollup(r.day);
      byNum.set(num, row);
    }
    mergeInto(row, r);
  }
  const days = [...byNum.entries()].map(([num, rollup]) => ({ num, rollup })).sort((a, b) => a.num - b.num);
  return { today, todayNum, days, byNum };
}

/** Settings as the habit math uses them. */
export interface HabitSchedule {
  /** isWorkday[weekday], 0 = Sunday. */
  readonly isWorkday: readonly boolean[];
  readonly workdaysPerWeek: number;
  /** weeklyGoalDays, capped at the number of workdays so the goal is always reachable. */
  readonly goal: number;
}

export function habitSchedule(settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>): HabitSchedule {
  const isWorkday = Array.from({ length: DAYS_PER_WEEK }, () => false);
  for (const d of settings.workdays) if (Number.isInteger(d) && d >= 0 && d < DAYS_PER_WEEK) isWorkday[d] = true;
  let workdaysPerWeek = isWorkday.filter(Boolean).length;
  // The schema requires one workday at least; a corrupt empty list means "every day" rather than "never".
  if (workdaysPerWeek === 0) {
    isWorkday.fill(true);
    workdaysPerWeek = DAYS_PER_WEEK;
  }
  const wanted = Number.isInteger(settings.weeklyGoalDays) ? settings.weeklyGoalDays : 1;
  const goal = Math.min(workdaysPerWeek, Math.max(1, wanted));
  return { isWorkday, workdaysPerWeek, goal };
}
