import type { HabitSettings } from '../settings';
import { dayString, weekdayOf } from './calendar';
import { habitSchedule, isActive, type HabitDays } from './days';

/** Every 5th streak day (an active workday) earns a streak freeze... */
export const ACTIVE_DAYS_PER_FREEZE = 5;
/** ...and at most 2 are held at once (a freeze earned at the cap is forfeited). */
export const MAX_FREEZES = 2;

/** One unbroken streak: first and last active workday, and how many active workdays it holds. */
export interface StreakRun {
  start: string;
  end: string;
  length: number;
}

export interface StreakSummary {
  /** Active workdays in the streak still alive today (0: none). */
  current: number;
  currentRun: StreakRun | null;
  /** Longest streak ever (a tie does not replace the earlier record). */
  best: number;
  bestRun: StreakRun | null;
  freezesHeld: number;
  maxFreezes: number;
  /** Streak days still needed for the next freeze (it is forfeited when freezesHeld is at the cap). */
  nextFreezeIn: number;
  /** Missed workdays a freeze covered, oldest first (also those of streaks that broke later). */
  frozenDays: string[];
  /** Every streak, oldest first; the last one is `currentRun` when a streak is alive. */
  history: StreakRun[];
  activeToday: boolean;
  /** A streak is alive, today is a workday and has no AI use yet: one action keeps it growing. */
  atRisk: boolean;
}

interface OpenRun {
  start: number;
  end: number;
  length: number;
}

function toRun(r: OpenRun): StreakRun {
  return { start: dayString(r.start), end: dayString(r.end), length: r.length };
}

/**
 * The workday streak, with forgiving freezes (habits survive a single miss: Lally et al. 2010).
 *
 * Rules, walked day by day over calendar days (day numbers, so DST and travel cannot skip or
 * double a day):
 * - Only workdays (settings.workdays) matter. A non-workday neither breaks the streak nor adds
 *   to it, even with AI use (the heatmap and the totals still show it). With all 7 days as
 *   workdays this is a plain daily streak.
 * - An active workday extends the streak (or starts one) and counts toward freezes: every
 *   ACTIVE_DAYS_PER_FREEZE-th active workday ever earns one, up to MAX_FREEZES held.
 * - A missed workday spends a freeze automatically when one is held (the day is "frozen");
 *   otherwise the streak breaks. Freezes are spent the day they are needed, even if a second
 *   miss breaks the streak anyway: that is what the employee saw happen at the time.
 * - Today without AI use yet changes nothing: the day is not over.
 */
export function computeStreak(input: HabitDays, settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>): StreakSummary {
  const { isWorkday } = habitSchedule(settings);
  const { todayNum, byNum } = input;
  const history: StreakRun[] = [];
  const frozenDays: string[] = [];
  let run: OpenRun | null = null;
  let held = 0;
  let streakDays = 0;

  const first = input.days[0]?.num ?? todayNum + 1;
  for (let n = first; n <= todayNum; n++) {
    if (isWorkday[weekdayOf(n)] !== true) continue;
    if (isActive(byNum.get(n))) {
      if (run === null) run = { start: n, end: n, length: 0 };
      run.end = n;
      run.length += 1;
      streakDays += 1;
      if (streakDays % ACTIVE_DAYS_PER_FREEZE === 0 && held < MAX_FREEZES) held += 1;
    } else if (n === todayNum || run === null) {
      continue;
    } else if (held > 0) {
      held -= 1;
      frozenDays.push(dayString(n));
    } else {
      history.push(toRun(run));
      run = null;
    }
  }
  let currentRun: StreakRun | null = null;
  if (run !== null) {
    currentRun = toRun(run);
    history.push(currentRun);
  }
  let best: StreakRun | null = null;
  for (const r of history) if (best === null || r.length > best.length) best = r;
  const activeToday = isActive(byNum.get(todayNum));
  return {
    current: currentRun?.length ?? 0,
    currentRun,
    best: best?.length ?? 0,
    bestRun: best,
    freezesHeld: held,
    maxFreezes: MAX_FREEZES,
    nextFreezeIn: ACTIVE_DAYS_PER_FREEZE - (streakDays % ACTIVE_DAYS_PER_FREEZE),
    frozenDays,
    history,
    activeToday,
    atRisk: currentRun !== null && !activeToday && isWorkday[weekdayOf(todayNum)] === true,
  };
}
