import type { DayRollup } from '../rollup';
import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayString } from './calendar';
import { habitDays } from './days';
import { heatmap, type Heatmap } from './heatmap';
import { weeklyRecap, type WeeklyRecap } from './recap';
import {
  appBreakdown,
  milestones,
  personalBests,
  timeSaved,
  topTips,
  type AppUsage,
  type Milestones,
  type PersonalBests,
  type TimeSaved,
  type TipUsage,
} from './stats';
import { computeStreak, type StreakSummary } from './streak';
import { habitStrength, type HabitStrength } from './strength';
import { computeWeeklyGoal, type WeeklyGoal } from './week';

/** "Recent" in the per-app view: four full weeks. */
const RECENT_DAYS = 4 * DAYS_PER_WEEK;

export interface HabitSummary {
  today: string;
  streak: StreakSummary;
  week: WeeklyGoal;
  strength: HabitStrength;
  timeSaved: TimeSaved;
  milestones: Milestones;
  bests: PersonalBests;
  apps: {
    allTime: AppUsage[];
    /** The last 28 days, today included. */
    recent: AppUsage[];
  };
  topTips: TipUsage[];
  heatmap: Heatmap;
  recap: WeeklyRecap;
}

/**
 * Everything the habit views show, from the daily rollups. Pure and linear in the days covered
 * (three years of rollups are ~1 100 rows). `today` is localDay(now, zone) from the caller.
 * Rollups may be unsorted, repeat a day (summed) or run past today (ignored); none gives zeros.
 * Throws RangeError when `today` is not a YYYY-MM-DD calendar date.
 */
export function summarizeHabits(rollups: readonly DayRollup[], settings: HabitSettings, today: string): HabitSummary {
  const input = habitDays(rollups, today);
  const streak = computeStreak(input, settings);
  return {
    today,
    streak,
    week: computeWeeklyGoal(input, settings),
    strength: habitStrength(input, settings),
    timeSaved: timeSaved(input),
    milestones: milestones(input),
    bests: personalBests(input, settings, streak),
    apps: {
      allTime: appBreakdown(input),
      recent: appBreakdown(input, { from: dayString(input.todayNum - RECENT_DAYS + 1), to: today }),
    },
    topTips: topTips(input),
    heatmap: heatmap(input, settings, streak.frozenDays),
    recap: weeklyRecap(input, settings),
  };
}
