import { detectorFor } from '../../sites';
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

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

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

export interface Suggestion {
  kind: SuggestionKind;
  app?: AppId;
  /** The day the suggestion names ('YYYY-MM-DD'): today or later. */
  day?: string;
  /** Plain text, no markup. */
  text: string;
}

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

function label(app: AppId): string {
  return detectorFor(app).label;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
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
      return {
        kind: 'first_tip',
        app: mostSeen.app,
        text: `Try your first tip: next time you are in ${label(mostSeen.app)}, open the Lastmile tip and use its prompt.`,
      };
    }
    return { kind: 'first_tip', text: 'Try your first tip: open a record in one of your work tools and use the Lastmile tip.' };
  }

  // `recent` is sorted by AI actions: its head is the app the employee already knows best.
  const familiar = recent.find((u) => u.aiActions > 0) ?? appBreakdown(input).find((u) => u.aiActions > 0);
  const where = familiar === undefined ? 'one of your work tools' : label(familiar.app);
  const slot = suggestedDay(input, schedule, lastWeek);
  const when = slot === input.todayNum ? 'today' : `on ${WEEKDAY_NAMES[weekdayOf(slot)] ?? 'Monday'}`;
  const withApp = (s: Suggestion): Suggestion => (familiar === undefined ? s : { ...s, app: familiar.app });

  if (lastWeekRecap.daysWithAi === 0) {
    return withApp({
      kind: 'come_back',
      day: dayString(slot),
      text: `No AI days last week. Start again small: one task in ${where} ${when} is enough.`,
    });
  }
  if (!lastWeekRecap.goalMet) {
    const missing = schedule.goal - lastWeekRecap.workdaysWithAi;
    return withApp({
      kind: 'reach_goal',
      day: dayString(slot),
      text:
        `You used AI on ${plural(lastWeekRecap.workdaysWithAi, 'workday', 'workdays')} last week; ` +
        `${plural(missing, 'more day', 'more days')} reaches your goal of ${schedule.goal}. Try a ${where} tip ${when}.`,
    });
  }

  const perWeek = activeWorkdaysByWeek(input, schedule);
  const firstWeek = weekStartOf(input.days[0]?.num ?? lastWeek);
  const inARow = metInARowUpTo(perWeek, schedule, lastWeek, firstWeek);
  if (inARow % WEEKS_BEFORE_RAISING_GOAL === 0 && schedule.goal < schedule.workdaysPerWeek) {
    return {
      kind: 'raise_goal',
      text: `You met your goal ${inARow} weeks in a row. Ready for ${schedule.goal + 1} days a week?`,
    };
  }

  const untried = recent
    .filter((u) => u.tipsUsed === 0 && u.aiActions === 0 && sightings(u) >= MIN_SIGHTINGS_FOR_NEW_APP)
    .sort((a, b) => sightings(b) - sightings(a) || a.app.localeCompare(b.app))[0];
  if (untried !== undefined) {
    return {
      kind: 'new_app',
      app: untried.app,
      text: `You haven't used a tip in ${label(untried.app)} yet. Try one there this week.`,
    };
  }

  const saver = [...recent].sort((a, b) => b.minutesSaved - a.minutesSaved || a.app.localeCompare(b.app))[0];
  if (saver !== undefined && saver.minutesSaved > 0) {
    return {
      kind: 'level_up',
      app: saver.app,
      text: `Your ${label(saver.app)} tips saved the most time (${saver.minutesSaved} min in ${LOOKBACK_WEEKS} weeks). Try an everyday-level tip there next.`,
    };
  }

  return withApp({
    kind: 'keep_going',
    text: `You met your goal with ${plural(lastWeekRecap.workdaysWithAi, 'day', 'days')} of AI. Keep the same rhythm this week.`,
  });
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
