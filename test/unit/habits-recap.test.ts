import { describe, expect, it } from 'vitest';
import { addDays, habitDays, weeklyRecap } from '../../lib/usage/habits';
import { emptyRollup, type AppDay, type DayRollup } from '../../lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS, type HabitSettings } from '../../lib/usage/settings';
import type { AppId } from '../../lib/sites/types';

// Monday 2026-03-23 is "today" unless said otherwise: last week = 16-22 March, the week before = 9-15.
const TODAY = '2026-03-23';
const settings = (over: Partial<HabitSettings> = {}): HabitSettings => ({ ...DEFAULT_HABIT_SETTINGS, ...over });

function appDay(over: Partial<AppDay>): AppDay {
  return { recordVisits: 0, tipsShown: 0, tipsUsed: 0, dismissed: 0, aiActions: 0, informedTasks: 0, minutesSaved: 0, helpful: 0, notHelpful: 0, categories: {}, ...over };
}

/** A day with AI use in one app; `minutes` confirmed minutes saved there. */
function used(day: string, app: AppId, minutes = 0, informedTasks = 0): DayRollup {
  return {
    ...emptyRollup(day),
    aiActions: 1,
    tipsUsed: 1,
    informedTasks,
    minutesSaved: minutes,
    apps: { [app]: appDay({ aiActions: 1, tipsUsed: 1, informedTasks, minutesSaved: minutes }) },
  };
}

/** A day with record visits in an app and no AI use. */
function visited(day: string, app: AppId, visits: number): DayRollup {
  return { ...emptyRollup(day), apps: { [app]: appDay({ recordVisits: visits }) } };
}

const recap = (rs: readonly DayRollup[], today = TODAY, s = settings()) => weeklyRecap(habitDays(rs, today), s);

describe('weekly recap figures', () => {
  it('compares the last complete week with the week before, and shows this week so far', () => {
    const r = recap([
      used('2026-03-10', 'jira', 5, 1),
      used('2026-03-16', 'jira', 10, 2),
      used('2026-03-17', 'jira', 10, 1),
      used('2026-03-18', 'jira', 0, 0),
      used('2026-03-21', 'jira', 3, 0), // Saturday: a day with AI, not a goal day
      used('2026-03-23', 'jira', 7, 1),
    ]);
    expect(r.lastWeek).toEqual({
      start: '2026-03-16',
      end: '2026-03-22',
      daysWithAi: 4,
      workdaysWithAi: 3,
      goal: 3,
      goalMet: true,
      aiActions: 4,
      informedTasks: 3,
      minutesSaved: 23,
      tipsUsed: 4,
    });
    expect(r.weekBefore).toMatchObject({ start: '2026-03-09', daysWithAi: 1, informedTasks: 1, minutesSaved: 5, goalMet: false });
    expect(r.change).toEqual({ daysWithAi: 3, aiActions: 3, informedTasks: 2, minutesSaved: 18 });
    expect(r.thisWeek).toMatchObject({ start: '2026-03-23', daysWithAi: 1, minutesSaved: 7 });
  });
});

// The suggestion is a code and figures; its wording, per language: test/component/recap-text.test.tsx.
describe('weekly recap suggestion rules', () => {
  it('first_tip: nothing used yet, pointing at the app visited most', () => {
    const s = recap([visited('2026-03-17', 'gmail', 4), visited('2026-03-18', 'jira', 1)]).suggestion;
    expect(s).toEqual({ kind: 'first_tip', app: 'gmail' });
    expect(recap([]).suggestion).toEqual({ kind: 'first_tip' });
  });

  it('come_back: no AI day last week, naming a day from today on', () => {
    const s = recap([used('2026-03-10', 'zendesk')], '2026-03-25').suggestion;
    expect(s).toEqual({ kind: 'come_back', app: 'zendesk', day: '2026-03-25', isToday: true });
  });

  it('reach_goal: names the days done, the gap day and the familiar app', () => {
    const s = recap([used('2026-03-16', 'zendesk'), used('2026-03-17', 'zendesk'), used('2026-03-17', 'zendesk')]).suggestion;
    expect(s).toEqual({ kind: 'reach_goal', app: 'zendesk', day: '2026-03-25', isToday: false, workdays: 2, goal: 3 });
  });

  it('raise_goal: after 4 met weeks in a row, while more workdays are left', () => {
    const weeks = ['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16'];
    const days = weeks.flatMap((monday) => [0, 1, 2].map((i) => used(addDays(monday, i), 'jira')));
    const s = recap(days).suggestion;
    expect(s).toEqual({ kind: 'raise_goal', weeks: 4, goal: 4 });
    // A goal already at every workday cannot be raised.
    expect(recap(days, TODAY, settings({ workdays: [1, 2, 3], weeklyGoalDays: 3 })).suggestion.kind).not.toBe('raise_goal');
  });

  it('new_app: an app seen often with no tip used', () => {
    const s = recap([
      used('2026-03-16', 'jira', 20),
      used('2026-03-17', 'jira'),
      used('2026-03-18', 'jira'),
      visited('2026-03-18', 'gmail', 2),
      visited('2026-03-19', 'gmail', 2),
      visited('2026-03-19', 'notion', 1), // seen once: not enough to suggest
    ]).suggestion;
    expect(s).toEqual({ kind: 'new_app', app: 'gmail' });
  });

  it('level_up: the app whose tips saved the most time', () => {
    const s = recap([used('2026-03-16', 'zendesk', 10), used('2026-03-17', 'jira', 30), used('2026-03-18', 'jira', 15)]).suggestion;
    expect(s).toEqual({ kind: 'level_up', app: 'jira', minutes: 45, weeks: 4 });
  });

  it('keep_going: goal met and nothing more specific to say', () => {
    const s = recap([used('2026-03-16', 'jira'), used('2026-03-18', 'jira'), used('2026-03-20', 'jira')]).suggestion;
    expect(s).toEqual({ kind: 'keep_going', app: 'jira', workdays: 3 });
  });
});
