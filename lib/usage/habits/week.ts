import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayString, weekStartOf, weekdayOf } from './calendar';
import { habitSchedule, isActive, type HabitDays, type HabitSchedule } from './days';

/**
 * How one day of the week shows in the goal ring:
 * done (AI on a workday), bonus (AI on a day off: shown, not counted), missed (a past workday
 * without AI), today (a workday still open), off (a day off without AI), future.
 */
export type WeekDayStatus = 'done' | 'bonus' | 'missed' | 'today' | 'off' | 'future';

export interface WeekDay {
  day: string;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  isWorkday: boolean;
  active: boolean;
  /** Qualifying AI actions that day. */
  count: number;
  status: WeekDayStatus;
}

export interface WeekProgress {
  /** Monday (weeks are ISO weeks: Monday to Sunday, whatever the locale). */
  start: string;
  /** Sunday. */
  end: string;
  /** Weekly goal in days, capped at the number of workdays a week. */
  goal: number;
  /** Workdays with AI this week (days off with AI do not count toward the goal). */
  daysDone: number;
  met: boolean;
  /** Workdays from today on still without AI (today included when it has none yet). */
  workdaysLeft: number;
  /** The goal can still be met this week. */
  reachable: boolean;
  /** Monday first. */
  days: WeekDay[];
}

export interface WeekRecord {
  start: string;
  daysDone: number;
  met: boolean;
}

export interface WeeklyGoal {
  current: WeekProgress;
  /** Complete weeks from the first recorded one to last week, oldest first (today's goal applies). */
  history: WeekRecord[];
  weeksMet: number;
  /** Consecutive met weeks up to last week, plus this week once it is met. */
  metInARow: number;
}

/** Active workdays per week, keyed by the week's Monday day number. */
export function activeWorkdaysByWeek(input: HabitDays, schedule: HabitSchedule): Map<number, number> {
  const weeks = new Map<number, number>();
  for (const { num, rollup } of input.days) {
    if (!isActive(rollup) || schedule.isWorkday[weekdayOf(num)] !== true) continue;
    const w = weekStartOf(num);
    weeks.set(w, (weeks.get(w) ?? 0) + 1);
  }
  return weeks;
}

/** One week (the one holding `anyDayNum`) as the goal ring shows it. */
export function weekProgress(input: HabitDays, schedule: HabitSchedule, anyDayNum: number): WeekProgress {
  const start = weekStartOf(anyDayNum);
  const days: WeekDay[] = [];
  let daysDone = 0;
  let workdaysLeft = 0;
  for (let n = start; n < start + DAYS_PER_WEEK; n++) {
    const weekday = weekdayOf(n);
    const isWorkday = schedule.isWorkday[weekday] === true;
    const rollup = n <= input.todayNum ? input.byNum.get(n) : undefined;
    const active = isActive(rollup);
    let status: WeekDayStatus;
    if (n > input.todayNum) status = 'future';
    else if (active) status = isWorkday ? 'done' : 'bonus';
    else if (!isWorkday) status = 'off';
    else status = n === input.todayNum ? 'today' : 'missed';
    if (status === 'done') daysDone += 1;
    if (isWorkday && (status === 'today' || status === 'future')) workdaysLeft += 1;
    days.push({ day: dayString(n), weekday, isWorkday, active, count: rollup?.aiActions ?? 0, status });
  }
  return {
    start: dayString(start),
    end: dayString(start + DAYS_PER_WEEK - 1),
    goal: schedule.goal,
    daysDone,
    met: daysDone >= schedule.goal,
    workdaysLeft,
    reachable: daysDone + workdaysLeft >= schedule.goal,
    days,
  };
}

/** The weekly goal (default 3 of 5 workdays): this week's ring and the weeks before. */
export function computeWeeklyGoal(input: HabitDays, settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>): WeeklyGoal {
  const schedule = habitSchedule(settings);
  const current = weekProgress(input, schedule, input.todayNum);
  const thisWeek = weekStartOf(input.todayNum);
  const perWeek = activeWorkdaysByWeek(input, schedule);
  const history: WeekRecord[] = [];
  let weeksMet = 0;
  let runOfMet = 0;
  const first = input.days[0]?.num;
  if (first !== undefined) {
    for (let w = weekStartOf(first); w < thisWeek; w += DAYS_PER_WEEK) {
      const daysDone = perWeek.get(w) ?? 0;
      const met = daysDone >= schedule.goal;
      history.push({ start: dayString(w), daysDone, met });
      if (met) weeksMet += 1;
      runOfMet = met ? runOfMet + 1 : 0;
    }
  }
  return { current, history, weeksMet, metInARow: runOfMet + (current.met ? 1 : 0) };
}
