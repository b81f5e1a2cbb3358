import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayNumber, dayString, weekStartOf, weekdayOf } from './calendar';
import { habitSchedule, type HabitDays } from './days';

/** Full weeks shown before the current (partial) one: a year, like a contribution graph. */
export const HEATMAP_WEEKS = 52;

/**
 * Fixed thresholds on a day's qualifying AI actions: level = how many of these it reaches.
 * 0 → 0, 1 → 1, 2-3 → 2, 4-6 → 3, 7+ → 4. Fixed rather than quantiles so a day's shade never
 * changes later and a quiet year does not make one prompt look like a busy day.
 */
export const HEATMAP_THRESHOLDS: readonly number[] = [1, 2, 4, 7];

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapCell {
  day: string;
  /** Qualifying AI actions. */
  count: number;
  level: HeatLevel;
  inFuture: boolean;
  isToday: boolean;
  isWorkday: boolean;
  /** A missed workday a streak freeze covered. */
  frozen: boolean;
}

export interface HeatmapWeek {
  /** Monday. */
  start: string;
  /** Seven cells, Monday to Sunday. */
  cells: HeatmapCell[];
}

export interface Heatmap {
  /** Columns, oldest first; the last is the current week (its days after today are inFuture). */
  weeks: HeatmapWeek[];
  start: string;
  end: string;
  thresholds: readonly number[];
}

export function heatLevel(count: number): HeatLevel {
  let level = 0;
  for (const t of HEATMAP_THRESHOLDS) if (count >= t) level += 1;
  return level as HeatLevel;
}

/** `weeks` full weeks plus the current one, as Monday-first columns of seven cells. */
export function heatmap(
  input: HabitDays,
  settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>,
  frozenDays: readonly string[] = [],
  weeks: number = HEATMAP_WEEKS,
): Heatmap {
  const { isWorkday } = habitSchedule(settings);
  const frozen = new Set(frozenDays.map(dayNumber));
  const end = weekStartOf(input.todayNum) + DAYS_PER_WEEK - 1;
  const start = weekStartOf(input.todayNum) - Math.max(0, Math.floor(weeks)) * DAYS_PER_WEEK;
  const columns: HeatmapWeek[] = [];
  for (let w = start; w <= end; w += DAYS_PER_WEEK) {
    const cells: HeatmapCell[] = [];
    for (let n = w; n < w + DAYS_PER_WEEK; n++) {
      const count = n <= input.todayNum ? (input.byNum.get(n)?.aiActions ?? 0) : 0;
      cells.push({
        day: dayString(n),
        count,
        level: heatLevel(count),
        inFuture: n > input.todayNum,
        isToday: n === input.todayNum,
        isWorkday: isWorkday[weekdayOf(n)] === true,
        frozen: frozen.has(n),
      });
    }
    columns.push({ start: dayString(w), cells });
  }
  return { weeks: columns, start: dayString(start), end: dayString(end), thresholds: HEATMAP_THRESHOLDS };
}
