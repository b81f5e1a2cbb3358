import type { AppId } from '../../sites/types';
import type { AppDay } from '../rollup';
import type { HabitSettings } from '../settings';
import { DAYS_PER_WEEK, dayNumber, dayString, weekStartOf } from './calendar';
import { isActive, type HabitDay, type HabitDays } from './days';
import { computeStreak, type StreakRun, type StreakSummary } from './streak';

/** An inclusive range of days ('YYYY-MM-DD'); an absent end is open. */
export interface DayRange {
  from?: string;
  to?: string;
}

function inRange(input: HabitDays, range: DayRange | undefined): readonly HabitDay[] {
  if (range === undefined || (range.from === undefined && range.to === undefined)) return input.days;
  const from = range.from === undefined ? -Infinity : dayNumber(range.from);
  const to = range.to === undefined ? Infinity : dayNumber(range.to);
  return input.days.filter((d) => d.num >= from && d.num <= to);
}

function appEntries(apps: Partial<Record<AppId, AppDay>>): [AppId, AppDay][] {
  const out: [AppId, AppDay][] = [];
  for (const [app, figures] of Object.entries(apps) as [AppId, AppDay | undefined][]) {
    if (figures !== undefined) out.push([app, figures]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Time saved

export interface AppMinutes {
  app: AppId;
  minutes: number;
}

export interface TimeSaved {
  /** Confirmed minutes ("I used AI for this" on tips with an estimate), all time. */
  total: number;
  /** This ISO week (Monday to today). */
  thisWeek: number;
  lastWeek: number;
  /** Most first; apps with no minutes left out. */
  perApp: AppMinutes[];
}

export function timeSaved(input: HabitDays): TimeSaved {
  const thisWeek = weekStartOf(input.todayNum);
  const lastWeek = thisWeek - DAYS_PER_WEEK;
  const perApp = new Map<AppId, number>();
  let total = 0;
  let week = 0;
  let previous = 0;
  for (const { num, rollup } of input.days) {
    total += rollup.minutesSaved;
    if (num >= thisWeek) week += rollup.minutesSaved;
    else if (num >= lastWeek) previous += rollup.minutesSaved;
    for (const [app, f] of appEntries(rollup.apps)) {
      if (f.minutesSaved > 0) perApp.set(app, (perApp.get(app) ?? 0) + f.minutesSaved);
    }
  }
  return {
    total,
    thisWeek: week,
    lastWeek: previous,
    perApp: [...perApp.entries()]
      .map(([app, minutes]) => ({ app, minutes }))
      .sort((a, b) => b.minutes - a.minutes || a.app.localeCompare(b.app)),
  };
}

// ---------------------------------------------------------------------------------------------
// Milestones

/** Days with AI worth celebrating: a first week, a month, and 66 (Lally et al.'s median days to automaticity). */
export const MILESTONES: readonly number[] = [7, 30, 66];

export interface ReachedMilestone {
  days: number;
  /** The day the milestone's last active day happened. */
  on: string;
}

export interface Milestones {
  /** All days with AI, workdays or not. */
  activeDays: number;
  reached: ReachedMilestone[];
  /** The next milestone, null once all are reached. */
  next: number | null;
  /** Active days still needed for `next` (0 when all are reached). */
  remaining: number;
  /** activeDays / next, 0..1 (1 when all are reached). */
  progress: number;
  /** The milestone today's activity reached, so the UI celebrates it once (on that day only). */
  justReached: number | null;
}

export function milestones(input: HabitDays): Milestones {
  const reached: ReachedMilestone[] = [];
  let activeDays = 0;
  for (const { num, rollup } of input.days) {
    if (!isActive(rollup)) continue;
    activeDays += 1;
    if (MILESTONES.includes(activeDays)) reached.push({ days: activeDays, on: dayString(num) });
  }
  const next = MILESTONES.find((m) => m > activeDays) ?? null;
  const last = reached[reached.length - 1];
  return {
    activeDays,
    reached,
    next,
    remaining: next === null ? 0 : next - activeDays,
    progress: next === null ? 1 : activeDays / next,
    justReached: last !== undefined && last.on === input.today ? last.days : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Personal bests

export interface BestWeek {
  /** Monday. */
  start: string;
  /** Days with AI that week, days off included. */
  activeDays: number;
}

export interface BestDay {
  day: string;
  aiActions: number;
}

export interface PersonalBests {
  longestStreak: StreakRun | null;
  bestWeek: BestWeek | null;
  mostActionsInDay: BestDay | null;
}

/** Records; on a tie the earlier one stands (a record is beaten, not matched). */
export function personalBests(
  input: HabitDays,
  settings: Pick<HabitSettings, 'workdays' | 'weeklyGoalDays'>,
  streak: StreakSummary = computeStreak(input, settings),
): PersonalBests {
  const weeks = new Map<number, number>();
  let mostActionsInDay: BestDay | null = null;
  for (const { num, rollup } of input.days) {
    if (!isActive(rollup)) continue;
    const w = weekStartOf(num);
    weeks.set(w, (weeks.get(w) ?? 0) + 1);
    if (mostActionsInDay === null || rollup.aiActions > mostActionsInDay.aiActions) {
      mostActionsInDay = { day: rollup.day, aiActions: rollup.aiActions };
    }
  }
  let bestWeek: BestWeek | null = null;
  for (const [start, activeDays] of weeks) {
    // Map order is insertion order: oldest first, since days are sorted.
    if (bestWeek === null || activeDays > bestWeek.activeDays) {
      bestWeek = { start: dayString(start), activeDays };
    }
  }
  return { longestStreak: streak.bestRun, bestWeek, mostActionsInDay };
}

// ---------------------------------------------------------------------------------------------
// Per-app breakdown and top tips

export interface AppUsage {
  app: AppId;
  aiActions: number;
  tipsShown: number;
  tipsUsed: number;
  informedTasks: number;
  minutesSaved: number;
  recordVisits: number;
  /** Days with AI actions attributed to this app. */
  activeDays: number;
}

/** Each app's figures over a range (default: all time), most AI actions first; untouched apps left out. */
export function appBreakdown(input: HabitDays, range?: DayRange): AppUsage[] {
  const byApp = new Map<AppId, AppUsage>();
  for (const { rollup } of inRange(input, range)) {
    for (const [app, f] of appEntries(rollup.apps)) {
      let u = byApp.get(app);
      if (u === undefined) {
        u = { app, aiActions: 0, tipsShown: 0, tipsUsed: 0, informedTasks: 0, minutesSaved: 0, recordVisits: 0, activeDays: 0 };
        byApp.set(app, u);
      }
      u.aiActions += f.aiActions;
      u.tipsShown += f.tipsShown;
      u.tipsUsed += f.tipsUsed;
      u.informedTasks += f.informedTasks;
      u.minutesSaved += f.minutesSaved;
      u.recordVisits += f.recordVisits;
      if (f.aiActions > 0) u.activeDays += 1;
    }
  }
  return [...byApp.values()]
    .filter((u) => u.aiActions + u.tipsShown + u.tipsUsed + u.informedTasks + u.minutesSaved + u.recordVisits > 0)
    .sort(
      (a, b) =>
        b.aiActions - a.aiActions ||
        b.minutesSaved - a.minutesSaved ||
        b.tipsUsed - a.tipsUsed ||
        a.app.localeCompare(b.app),
    );
}

export interface TipUsage {
  tipId: string;
  uses: number;
  /** The last day it was used. */
  lastUsed: string;
}

export const DEFAULT_TOP_TIPS = 5;

/** The most used tips over a range (default: all time): most uses first, then most recent. */
export function topTips(input: HabitDays, limit: number = DEFAULT_TOP_TIPS, range?: DayRange): TipUsage[] {
  const byTip = new Map<string, TipUsage>();
  for (const { rollup } of inRange(input, range)) {
    for (const [tipId, uses] of Object.entries(rollup.tips)) {
      if (uses <= 0) continue;
      const t = byTip.get(tipId);
      // Days are ascending, so the latest day seen is the last use.
      if (t === undefined) byTip.set(tipId, { tipId, uses, lastUsed: rollup.day });
      else {
        t.uses += uses;
        t.lastUsed = rollup.day;
      }
    }
  }
  return [...byTip.values()]
    .sort((a, b) => b.uses - a.uses || b.lastUsed.localeCompare(a.lastUsed) || a.tipId.localeCompare(b.tipId))
    .slice(0, Math.max(0, Math.floor(limit)));
}
