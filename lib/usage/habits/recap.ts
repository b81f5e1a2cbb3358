import type { AppId } from '../../sites/types';
import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayString, weekStartOf, weekdayOf } from './calendar';
import { activeWorkdaysByWeek } from './week';
import { habitSchedule, isActive, type HabitDays, type HabitSchedule } from './days';
import { appBreakdown, type AppUsage } from './stats';

/** Suggestions look at the last four weeks of apps, long enough to see a pattern, short enough to be current. */
const LOOKBACK_WEEKS = 4;
/** Visits plus tips shown before an app without tip use is worth suggesting: one stray visit is not a habit. */
const MIN_SIGHTINGS_FOR_NEW_APP = 3;
/** Suggest a higher goal after this many met weeks in a row (and again after as many more). */
const WEEKS_BEFORE_RAISING_GOAL = 4;

export interface WeekRecap {
  /** Monday. */
  start: string;
  /** Sunday (for the current week: days after today are simply empty). */
  end: string;
  /** All days with AI use, days off included. */
  daysWithAi: number;
  /** Workdays with AI use: what the weekly goal counts. */
  workdaysWithAi: number;
  goal: number;
  goalMet: boolean;
  aiActions: number;
  informedTasks: number;
  minutesSaved: number;
  tipsUsed: number;
}

/** Last week minus the week before (positive: more). */
export interface RecapChange {
  daysWithAi: number;
  aiActions: number;
  informedTasks: number;
  minutesSaved: number;
}

export type SuggestionKind = 'first_tip' | 'come_back' | 'reach_goal' | 'raise_goal' | 'new_app' | 'level_up' | 'keep_going';

/**
 * One thing to try, as a code and the figures its sentence names: the pages word it in the employee's
 * language (components/recap-text.ts). `app`, where optional, is the app the employee knows best (none
 * yet: "one of your work tools"); `day` ('YYYY-MM-DD') is today or later, `isToday` says which.
 */
export type Suggestion =
  | { kind: 'first_tip'; app?: AppId }
  | { kind: 'come_back'; app?: AppId; day: string; isToday: boolean }
  | { kind: 'reach_goal'; app?: AppId; day: string; isToday: boolean; workdays: number; goal: number }
  /** `goal`: the goal offered next; `weeks`: met in a row. */
  | { kind: 'raise_goal'; weeks: number; goal: number }
  | { kind: 'new_app'; app: AppId }
  /** `minutes` saved by the app's tips in the last `weeks` weeks. */
  | { kind: 'level_up'; app: AppId; minutes: number; weeks: number }
  | { kind: 'keep_going'; app?: AppId; workdays: number };

// Every kind is a member of the union (and only those).
const _kindsCovered: SuggestionKind extends Suggestion['kind'] ? true : false = true;
void _kindsCovered;

export interface WeeklyRecap {
  /** The last complete ISO week. */
  lastWeek: WeekRecap;
  weekBefore: WeekRecap;
  change: RecapChange;
  /** The current week so far. */
  thisWeek: WeekRecap;
  /** One thing to try in the week after `lastWeek` (the current one). */
  suggestion: Suggestion;
}

function weekRecap(input: HabitDays, schedule: HabitSchedule, start: number): WeekRecap {
  const r: WeekRecap = {
    start: dayString(start),
    end: dayString(start + DAYS_PER_WEEK - 1),
    daysWithAi: 0,
    workdaysWithAi: 0,
    goal: schedule.goal,
    goalMet: false,
    aiActions: 0,
    informedTasks: 0,
    minutesSaved: 0,
    tipsUsed: 0,
  };
  for (let n = start; n < start + DAYS_PER_WEEK && n <= input.todayNum; n++) {
    const day = input.byNum.get(n);
    if (day === undefined) continue;
    if (isActive(day)) {
      r.daysWithAi += 1;
      if (schedule.isWorkday[weekdayOf(n)] === true) r.workdaysWithAi += 1;
    }
    r.aiActions += day.aiActions;
    r.informedTasks += day.informedTasks;
    r.minutesSaved += day.minutesSaved;
    r.tipsUsed += day.tipsUsed;
  }
  r.goalMet = r.workdaysWithAi >= schedule.goal;
  return r;
}


/**
 * A concrete day to use AI on: a workday that was a gap last week (else any workday), the first
 * such day from today on in the current week, else in the week after.
 */
function suggestedDay(input: HabitDays, schedule: HabitSchedule, lastWeek: number): number {
  const thisWeek = lastWeek + DAYS_PER_WEEK;
  const workdays: number[] = [];
  for (let i = 0; i < DAYS_PER_WEEK; i++) if (schedule.isWorkday[weekdayOf(lastWeek + i)] === true) workdays.push(i);
  const gaps = workdays.filter((i) => !isActive(input.byNum.get(lastWeek + i)));
  const ordered = gaps.length > 0 ? gaps : workdays;
  for (const i of ordered) if (thisWeek + i >= input.todayNum) return thisWeek + i;
  return thisWeek + DAYS_PER_WEEK + (ordered[0] ?? 0);
}

function metInARowUpTo(perWeek: ReadonlyMap<number, number>, schedule: HabitSchedule, lastWeek: number, firstWeek: number): number {
  let run = 0;
  for (let w = lastWeek; w >= firstWeek && (perWeek.get(w) ?? 0) >= schedule.goal; w -= DAYS_PER_WEEK) run += 1;
  return run;
}

/**
 * One suggestion for the week after the last complete one (the current week), by the first rule that applies (all on data already in the rollups):
 * 1. first_tip: no AI use recorded yet: try a first tip, in the app visited most.
 * 2. come_back: no AI day last week: restart with one task, on the first workday.
 * 3. reach_goal: the goal was missed: name the days done and a concrete gap day, in the app used most.
 * 4. raise_goal: the goal was met 4, 8, 12... weeks in a row and more workdays are left: offer one more day.
 * 5. new_app: an app seen at least 3 times in 4 weeks without a tip used or AI action: try one there.
 * 6. level_up: the app whose tips saved the most minutes in 4 weeks: try an everyday-level tip there.
 * 7. keep_going: keep the rhythm.
 */
export function suggestNextWeek(input: HabitDays, schedule: HabitSchedule, lastWeekRecap: WeekRecap): Suggestion {
  const lastWeek = weekStartOf(input.todayNum) - DAYS_PER_WEEK;
  const recent: AppUsage[] = appBreakdown(input, {
    from: dayString(lastWeek - (LOOKBACK_WEEKS - 1) * DAYS_PER_WEEK),
    to: input.today,
  });
  const everUsed = input.days.some((d) => isActive(d.rollup));
  const sightings = (u: AppUsage): number => u.recordVisits + u.tipsShown;
  const mostSeen = [...recent].sort((a, b) => sightings(b) - sightings(a) || a.app.localeCompare(b.app))[0];

  if (!everUsed) {
    if (mostSeen !== undefined && sightings(mostSeen) > 0) {
      return { kind: 'first_tip', app: mostSeen.app };
    }
    return { kind: 'first_tip' };
  }

  // `recent` is sorted by AI actions: its head is the app the employee already knows best.
  const familiar = recent.find((u) => u.aiActions > 0) ?? appBreakdown(input).find((u) => u.aiActions > 0);
  const app = familiar === undefined ? {} : { app: familiar.app };
  const slot = suggestedDay(input, schedule, lastWeek);
  const when = { day: dayString(slot), isToday: slot === input.todayNum };

  if (lastWeekRecap.daysWithAi === 0) {
    return { kind: 'come_back', ...app, ...when };
  }
  if (!lastWeekRecap.goalMet) {
    return { kind: 'reach_goal', ...app, ...when, workdays: lastWeekRecap.workdaysWithAi, goal: schedule.goal };
  }

  const perWeek = activeWorkdaysByWeek(input, schedule);
  const firstWeek = weekStartOf(input.days[0]?.num ?? lastWeek);
  const inARow = metInARowUpTo(perWeek, schedule, lastWeek, firstWeek);
  if (inARow % WEEKS_BEFORE_RAISING_GOAL === 0 && schedule.goal < schedule.workdaysPerWeek) {
    return { kind: 'raise_goal', weeks: inARow, goal: schedule.goal + 1 };
  }

  const untried = recent
    .filter((u) => u.tipsUsed === 0 && u.aiActions === 0 && sightings(u) >= MIN_SIGHTINGS_FOR_NEW_APP)
    .sort((a, b) => sightings(b) - sightings(a) || a.app.localeCompare(b.app))[0];
  if (untried !== undefined) {
    return { kind: 'new_app', app: untried.app };
  }

  const saver = [...recent].sort((a, b) => b.minutesSaved - a.minutesSaved || a.app.localeCompare(b.app))[0];
  if (saver !== undefined && saver.minutesSaved > 0) {
    return { kind: 'level_up', app: saver.app, minutes: saver.minutesSaved, weeks: LOOKBACK_WEEKS };
  }

  return { kind: 'keep_going', ...app, workdays: lastWeekRecap.workdaysWithAi };
}

/** Last complete week against the one before, this week so far, and one suggestion. */
export function weeklyRecap(input: HabitDays, settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>): WeeklyRecap {
  const schedule = habitSchedule(settings);
  const thisWeekStart = weekStartOf(input.todayNum);
  const lastWeek = weekRecap(input, schedule, thisWeekStart - DAYS_PER_WEEK);
  const weekBefore = weekRecap(input, schedule, thisWeekStart - 2 * DAYS_PER_WEEK);
  return {
    lastWeek,
    weekBefore,
    change: {
      daysWithAi: lastWeek.daysWithAi - weekBefore.daysWithAi,
      aiActions: lastWeek.aiActions - weekBefore.aiActions,
      informedTasks: lastWeek.informedTasks - weekBefore.informedTasks,
      minutesSaved: lastWeek.minutesSaved - weekBefore.minutesSaved,
    },
    thisWeek: weekRecap(input, schedule, thisWeekStart),
    suggestion: suggestNextWeek(input, schedule, lastWeek),
  };
}
