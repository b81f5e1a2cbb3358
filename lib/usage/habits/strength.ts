import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayString, weekdayOf } from './calendar';
import { habitSchedule, isActive, type HabitDays } from './days';

/** Loop's half-life constant: at frequency 1 (daily) a score halves after 13 days without a check. */
const HALF_LIFE_DAYS = 13;
/** Loop doubles the window (and the target) of habits done less than daily, to smooth out irregular weeks. */
const SMOOTHING_FACTOR = 2;
const PERCENT = 100;

export interface HabitStrength {
  /** 0..1. */
  score: number;
  /** Rounded percentage, 0..100. */
  percent: number;
  /** The score a week before `asOf` (0 before the history starts), for an up/down arrow. */
  weekAgo: number;
  /** The last day folded in: today once it has AI use, else yesterday (the day is not over). */
  asOf: string | null;
  /** weeklyGoalDays / 7. */
  frequency: number;
  /** 0.5^(sqrt(frequency) / 13). */
  multiplier: number;
}

/** Loop's per-day multiplier for a habit done `frequency` times a day (3 a week: 3 / 7). */
export function strengthMultiplier(frequency: number): number {
  return 0.5 ** (Math.sqrt(frequency) / HALF_LIFE_DAYS);
}

/**
 * Habit strength, the exponential score of Loop Habit Tracker (uhabits-core Score.compute and
 * ScoreList.recompute, github.com/iSoron/uhabits), reimplemented:
 *
 *   frequency  = weeklyGoalDays / 7
 *   m          = 0.5 ^ (sqrt(frequency) / 13)
 *   score(day) = score(day - 1) * m + value(day) * (1 - m),   score before the first day = 0
 *
 * iterated over every calendar day from the first recorded day. As Loop does for habits with a
 * target per period, value(day) is the share of the target met in the window ending that day:
 * min(1, activeWorkdays(window) / target), with window = 7 days and target = weeklyGoalDays, both
 * doubled when the habit is less than daily (frequency < 1). So meeting the goal steadily climbs
 * to 1, a single miss barely dents it, and weeks without AI fade it with a half-life of
 * 13 / sqrt(frequency) days. Days off with AI are not counted (the goal counts workdays).
 */
export function habitStrength(input: HabitDays, settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>): HabitStrength {
  const schedule = habitSchedule(settings);
  const frequency = schedule.goal / DAYS_PER_WEEK;
  const multiplier = strengthMultiplier(frequency);
  const factor = frequency < 1 ? SMOOTHING_FACTOR : 1;
  const windowDays = DAYS_PER_WEEK * factor;
  const target = schedule.goal * factor;
  const counts = (n: number): boolean => schedule.isWorkday[weekdayOf(n)] === true && isActive(input.byNum.get(n));

  const last = isActive(input.byNum.get(input.todayNum)) ? input.todayNum : input.todayNum - 1;
  const first = input.days[0]?.num;
  let score = 0;
  let weekAgo = 0;
  let inWindow = 0;
  if (first !== undefined) {
    for (let n = first; n <= last; n++) {
      if (counts(n)) inWindow += 1;
      if (n - windowDays >= first && counts(n - windowDays)) inWindow -= 1;
      score = score * multiplier + Math.min(1, inWindow / target) * (1 - multiplier);
      if (n === last - DAYS_PER_WEEK) weekAgo = score;
    }
  }
  return {
    score,
    percent: Math.round(score * PERCENT),
    weekAgo,
    asOf: first !== undefined && last >= first ? dayString(last) : null,
    frequency,
    multiplier,
  };
}
