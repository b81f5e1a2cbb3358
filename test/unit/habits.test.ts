import { describe, expect, it } from 'vitest';
import {
  addDays,
  appBreakdown,
  computeStreak,
  computeWeeklyGoal,
  dayNumber,
  dayString,
  habitDays,
  habitSchedule,
  habitStrength,
  heatLevel,
  heatmap,
  milestones,
  personalBests,
  strengthMultiplier,
  summarizeHabits,
  timeSaved,
  topTips,
  tryDayNumber,
  weekStartOf,
  weekdayOf,
} from '../../lib/usage/habits';
import { emptyRollup, type AppDay, type DayRollup } from '../../lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS, type HabitSettings } from '../../lib/usage/settings';

// Calendar used throughout: 2026-03-02 is a Monday; 2026-03-07/08 are a weekend.
const settings = (over: Partial<HabitSettings> = {}): HabitSettings => ({ ...DEFAULT_HABIT_SETTINGS, ...over });
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

function row(day: string, aiActions = 1, extra: Partial<DayRollup> = {}): DayRollup {
  // Built from a valid day, then `day` set as given: lets a test feed a corrupt day string.
  return { ...emptyRollup('2026-01-01'), day, aiActions, ...extra };
}
const rows = (days: readonly string[]): DayRollup[] => days.map((d) => row(d));

function appDay(over: Partial<AppDay>): AppDay {
  return { recordVisits: 0, tipsShown: 0, tipsUsed: 0, dismissed: 0, aiActions: 0, informedTasks: 0, minutesSaved: 0, helpful: 0, notHelpful: 0, categories: {}, ...over };
}

/** `count` consecutive Monday-Friday days from `start` (inclusive). */
function workdaysFrom(start: string, count: number): string[] {
  const out: string[] = [];
  for (let n = dayNumber(start); out.length < count; n++) {
    const wd = weekdayOf(n);
    if (wd !== 0 && wd !== 6) out.push(dayString(n));
  }
  return out;
}

const streakOf = (rs: readonly DayRollup[], today: string, s: HabitSettings = settings()) => computeStreak(habitDays(rs, today), s);

describe('calendar days', () => {
  it('converts day strings to day numbers and back, with weekdays and ISO week starts', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayString(dayNumber('2028-02-29'))).toBe('2028-02-29');
    expect(weekdayOf(dayNumber('2026-03-02'))).toBe(1);
    expect(weekdayOf(dayNumber('2026-03-08'))).toBe(0);
    expect(dayString(weekStartOf(dayNumber('2026-03-08')))).toBe('2026-03-02');
    expect(dayString(weekStartOf(dayNumber('2026-03-02')))).toBe('2026-03-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('rejects strings that are not calendar dates', () => {
    expect(tryDayNumber('2026-02-30')).toBeNull();
    expect(tryDayNumber('2026-3-1')).toBeNull();
    expect(() => dayNumber('yesterday')).toThrow(RangeError);
    expect(() => summarizeHabits([], settings(), 'not a day')).toThrow(RangeError);
  });
});

describe('habitDays (input robustness)', () => {
  it('sorts, merges duplicate days by summing, drops days after today and unreadable days', () => {
    const input = habitDays(
      [
        row('2026-03-04', 2, { minutesSaved: 5, tips: { 'a.tip': 1 }, apps: { jira: appDay({ aiActions: 2, minutesSaved: 5 }) } }),
        row('2026-03-02', 1),
        row('2026-03-04', 3, { minutesSaved: 10, tips: { 'a.tip': 2, 'b.tip': 1 }, apps: { jira: appDay({ aiActions: 3, minutesSaved: 10 }) } }),
        row('2026-03-09', 7),
        row('2026-02-31', 9),
      ],
      '2026-03-05',
    );
    expect(input.days.map((d) => d.rollup.day)).toEqual(['2026-03-02', '2026-03-04']);
    const merged = input.byNum.get(dayNumber('2026-03-04'));
    expect(merged?.aiActions).toBe(5);
    expect(merged?.minutesSaved).toBe(15);
    expect(merged?.tips).toEqual({ 'a.tip': 3, 'b.tip': 1 });
    expect(merged?.apps.jira?.aiActions).toBe(5);
    expect(merged?.apps.jira?.minutesSaved).toBe(15);
  });

  it('does not mutate the caller rows', () => {
    const a = row('2026-03-02', 1, { tips: { t1: 1 } });
    const b = row('2026-03-02', 2, { tips: { t1: 4 } });
    habitDays([a, b], '2026-03-02');
    expect(a.aiActions).toBe(1);
    expect(a.tips).toEqual({ t1: 1 });
  });

  it('caps the weekly goal at the number of workdays', () => {
    expect(habitSchedule({ workdays: [1, 3], weeklyGoalDays: 5 }).goal).toBe(2);
    expect(habitSchedule({ workdays: [], weeklyGoalDays: 3 }).workdaysPerWeek).toBe(7);
  });
});

describe('streak', () => {
  it('counts consecutive active workdays and breaks on a miss without a freeze', () => {
    const s = streakOf(rows(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06']), '2026-03-06');
    expect(s.current).toBe(2);
    expect(s.currentRun).toEqual({ start: '2026-03-05', end: '2026-03-06', length: 2 });
    expect(s.history).toEqual([
      { start: '2026-03-02', end: '2026-03-03', length: 2 },
      { start: '2026-03-05', end: '2026-03-06', length: 2 },
    ]);
    expect(s.best).toBe(2);
    expect(s.bestRun?.start).toBe('2026-03-02'); // a tie does not replace the earlier record
    expect(s.freezesHeld).toBe(0);
  });

  it('weekends neither count nor break, even with AI use on them', () => {
    const weekdays = ['2026-03-05', '2026-03-06', '2026-03-09'];
    const quiet = streakOf(rows(weekdays), '2026-03-09');
    expect(quiet.current).toBe(3);
    const busyWeekend = streakOf(rows([...weekdays, '2026-03-07', '2026-03-08']), '2026-03-09');
    expect(busyWeekend.current).toBe(3);
    expect(busyWeekend.currentRun).toEqual({ start: '2026-03-05', end: '2026-03-09', length: 3 });
  });

  it('with all seven days as workdays it is a plain daily streak', () => {
    const s = settings({ workdays: EVERY_DAY });
    expect(streakOf(rows(['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']), '2026-03-08', s).current).toBe(4);
    // Saturday missed: broken (too few active days for a freeze).
    expect(streakOf(rows(['2026-03-05', '2026-03-06', '2026-03-08']), '2026-03-08', s).current).toBe(1);
  });

  it('today without AI use yet does not break the streak, but flags it at risk', () => {
    const days = rows(['2026-03-02', '2026-03-03']);
    const wednesday = streakOf(days, '2026-03-04');
    expect(wednesday.current).toBe(2);
    expect(wednesday.activeToday).toBe(false);
    expect(wednesday.atRisk).toBe(true);
    // Once Wednesday is over without AI use, the streak is gone.
    expect(streakOf(days, '2026-03-05').current).toBe(0);
    // A day off is never at risk.
    expect(streakOf(rows(['2026-03-05', '2026-03-06']), '2026-03-07').atRisk).toBe(false);
  });

  it('earns a freeze every 5 active workdays and spends it on a miss', () => {
    const week = workdaysFrom('2026-03-02', 5);
    const earned = streakOf(rows(week), '2026-03-06');
    expect(earned.freezesHeld).toBe(1);
    expect(earned.nextFreezeIn).toBe(5);

    // Monday 9th missed: the freeze covers it; Tuesday continues the streak.
    const saved = streakOf(rows([...week, '2026-03-10']), '2026-03-10');
    expect(saved.current).toBe(6);
    expect(saved.freezesHeld).toBe(0);
    expect(saved.frozenDays).toEqual(['2026-03-09']);
    expect(saved.history).toHaveLength(1);
    expect(saved.nextFreezeIn).toBe(4);
  });

  it('holds at most two freezes', () => {
    const s = streakOf(rows(workdaysFrom('2026-03-02', 15)), '2026-03-20');
    expect(s.current).toBe(15);
    expect(s.freezesHeld).toBe(2);
    expect(s.maxFreezes).toBe(2);
    // Two misses are covered, a third is not.
    const after = workdaysFrom('2026-03-02', 15);
    const twoMisses = streakOf(rows([...after, '2026-03-25']), '2026-03-25');
    expect(twoMisses.current).toBe(16);
    expect(twoMisses.frozenDays).toEqual(['2026-03-23', '2026-03-24']);
    const threeMisses = streakOf(rows([...after, '2026-03-26']), '2026-03-26');
    expect(threeMisses.current).toBe(1);
    expect(threeMisses.best).toBe(15);
  });

  it('a double miss with one freeze breaks the streak (the freeze is still spent)', () => {
    const week = workdaysFrom('2026-03-02', 5);
    const s = streakOf(rows([...week, '2026-03-11']), '2026-03-11');
    expect(s.frozenDays).toEqual(['2026-03-09']);
    expect(s.current).toBe(1);
    expect(s.history).toEqual([
      { start: '2026-03-02', end: '2026-03-06', length: 5 },
      { start: '2026-03-11', end: '2026-03-11', length: 1 },
    ]);
    expect(s.best).toBe(5);
    expect(s.bestRun).toEqual({ start: '2026-03-02', end: '2026-03-06', length: 5 });
  });

  it('does not spend freezes on days today has not finished, nor outside a streak', () => {
    const week = workdaysFrom('2026-03-02', 5);
    expect(streakOf(rows(week), '2026-03-09').freezesHeld).toBe(1);
    expect(streakOf(rows(week), '2026-03-09').frozenDays).toEqual([]);
  });
});

describe('weekly goal', () => {
  it('reports this week as the ring shows it', () => {
    const input = habitDays(rows(['2026-03-02', '2026-03-04']), '2026-03-05');
    const { current } = computeWeeklyGoal(input, settings());
    expect(current.start).toBe('2026-03-02');
    expect(current.end).toBe('2026-03-08');
    expect(current.goal).toBe(3);
    expect(current.daysDone).toBe(2);
    expect(current.met).toBe(false);
    expect(current.workdaysLeft).toBe(2);
    expect(current.reachable).toBe(true);
    expect(current.days.map((d) => d.status)).toEqual(['done', 'missed', 'done', 'today', 'future', 'future', 'future']);
  });

  it('shows AI on a day off as a bonus that does not count toward the goal', () => {
    const input = habitDays(rows(['2026-03-02', '2026-03-03', '2026-03-07']), '2026-03-08');
    const { current } = computeWeeklyGoal(input, settings());
    expect(current.daysDone).toBe(2);
    expect(current.met).toBe(false);
    expect(current.reachable).toBe(false);
    expect(current.days.map((d) => d.status)).toEqual(['done', 'done', 'missed', 'missed', 'missed', 'bonus', 'off']);
  });

  it('keeps a history of weeks met and the run of met weeks', () => {
    const days = [
      ...workdaysFrom('2026-03-02', 3), // met
      '2026-03-09', // missed
      ...workdaysFrom('2026-03-16', 4), // met
      ...workdaysFrom('2026-03-23', 3), // met
      '2026-03-30',
      '2026-03-31',
      '2026-04-01', // this week, met already
    ];
    const goal = computeWeeklyGoal(habitDays(rows(days), '2026-04-01'), settings());
    expect(goal.history).toEqual([
      { start: '2026-03-02', daysDone: 3, met: true },
      { start: '2026-03-09', daysDone: 1, met: false },
      { start: '2026-03-16', daysDone: 4, met: true },
      { start: '2026-03-23', daysDone: 3, met: true },
    ]);
    expect(goal.weeksMet).toBe(3);
    expect(goal.metInARow).toBe(3);
    expect(goal.current.met).toBe(true);
  });
});

describe('habit strength (Loop Habit Tracker score)', () => {
  it('uses the multiplier 0.5^(sqrt(frequency)/13)', () => {
    expect(strengthMultiplier(1)).toBeCloseTo(0.9480775143, 9);
    expect(strengthMultiplier(3 / 7)).toBeCloseTo(0.9656966817, 9);
  });

  it('matches a hand-computed daily habit', () => {
    // Goal 7 of 7 days: frequency 1, m = 0.9480775143, window 7 days, target 7.
    // Day 1: 1/7 of the target met -> s1 = (1/7)(1-m) = 0.0074175
    // Day 2: s2 = s1*m + (2/7)(1-m) = 0.0218674
    // Day 3: s3 = s2*m + (3/7)(1-m) = 0.0429844
    const input = habitDays(rows(['2026-03-02', '2026-03-03', '2026-03-04']), '2026-03-04');
    const s = habitStrength(input, settings({ workdays: EVERY_DAY, weeklyGoalDays: 7 }));
    expect(s.frequency).toBe(1);
    expect(s.score).toBeCloseTo(0.0429844, 6);
    expect(s.percent).toBe(4);
    expect(s.asOf).toBe('2026-03-04');
  });

  it('decays after the window empties (goal 1 a week: window and target doubled)', () => {
    // One active Monday; goal 1 a week -> frequency 1/7, m = 0.980049, window 14 days, target 2.
    // 14 days at value 1/2, then 15 days at 0 (to Monday 30th; today, the 31st, is not over):
    // 0.5 * (1 - m^14) * m^15 = 0.0908494
    const input = habitDays(rows(['2026-03-02']), '2026-03-31');
    const s = habitStrength(input, settings({ weeklyGoalDays: 1 }));
    expect(s.multiplier).toBeCloseTo(0.980049015, 8);
    expect(s.score).toBeCloseTo(0.0908494, 6);
    expect(s.asOf).toBe('2026-03-30');
  });

  it('climbs toward 1 while the goal is met, and fades without AI use', () => {
    const mwf: string[] = [];
    for (let w = 0; w < 20; w++) for (const d of [0, 2, 4]) mwf.push(addDays('2026-01-05', w * 7 + d));
    const settled = habitStrength(habitDays(rows(mwf), '2026-05-22'), settings());
    expect(settled.score).toBeGreaterThan(0.95);
    expect(settled.score).toBeLessThanOrEqual(1);
    const fading = habitStrength(habitDays(rows(mwf), '2026-06-19'), settings());
    expect(fading.score).toBeLessThan(settled.score);
    expect(fading.weekAgo).toBeGreaterThan(fading.score);
    expect(fading.score).toBeGreaterThan(0.4); // forgiving: four quiet weeks do not wipe it out
  });

  it('is zero with no data', () => {
    const s = habitStrength(habitDays([], '2026-03-04'), settings());
    expect(s).toMatchObject({ score: 0, percent: 0, weekAgo: 0, asOf: null });
  });
});

describe('time saved', () => {
  it('sums confirmed minutes in total, this week, last week and per app', () => {
    const input = habitDays(
      [
        row('2026-03-04', 1, { minutesSaved: 10, apps: { jira: appDay({ minutesSaved: 10 }) } }),
        row('2026-03-10', 1, { minutesSaved: 15, apps: { jira: appDay({ minutesSaved: 5 }), gmail: appDay({ minutesSaved: 10 }) } }),
        row('2026-03-11', 1, { minutesSaved: 8, apps: { zendesk: appDay({ minutesSaved: 8 }) } }),
      ],
      '2026-03-11',
    );
    expect(timeSaved(input)).toEqual({
      total: 33,
      thisWeek: 23,
      lastWeek: 10,
      perApp: [
        { app: 'jira', minutes: 15 },
        { app: 'gmail', minutes: 10 },
        { app: 'zendesk', minutes: 8 },
      ],
    });
  });
});

describe('milestones', () => {
  const sevenDays = workdaysFrom('2026-03-02', 7); // ends Tuesday 10th

  it('celebrates 7 active days on the day they are reached, and only then', () => {
    const today = milestones(habitDays(rows(sevenDays), '2026-03-10'));
    expect(today.activeDays).toBe(7);
    expect(today.reached).toEqual([{ days: 7, on: '2026-03-10' }]);
    expect(today.justReached).toBe(7);
    expect(today.next).toBe(30);
    expect(today.remaining).toBe(23);
    expect(today.progress).toBeCloseTo(7 / 30, 10);
    expect(milestones(habitDays(rows(sevenDays), '2026-03-11')).justReached).toBeNull();
  });

  it('counts days off with AI, and reaches 30 and 66 (Lally median)', () => {
    const days = Array.from({ length: 66 }, (_, i) => addDays('2026-01-01', i));
    const m = milestones(habitDays(rows(days), days[65] ?? ''));
    expect(m.reached.map((r) => r.days)).toEqual([7, 30, 66]);
    expect(m.reached[1]?.on).toBe('2026-01-30');
    expect(m.justReached).toBe(66);
    expect(m.next).toBeNull();
    expect(m.progress).toBe(1);
  });

  it('is zero with no data', () => {
    expect(milestones(habitDays([], '2026-03-10'))).toEqual({
      activeDays: 0,
      reached: [],
      next: 7,
      remaining: 7,
      progress: 0,
      justReached: null,
    });
  });
});

describe('personal bests', () => {
  it('reports the longest streak, the best week and the busiest day', () => {
    const days = [
      row('2026-03-02', 2),
      row('2026-03-03', 9),
      row('2026-03-04', 1),
      row('2026-03-07', 1), // Saturday: counts for the best week
      row('2026-03-10', 9), // ties the busiest day: the earlier one stands
      row('2026-03-11', 1),
    ];
    const input = habitDays(days, '2026-03-11');
    expect(personalBests(input, settings())).toEqual({
      longestStreak: { start: '2026-03-02', end: '2026-03-04', length: 3 },
      bestWeek: { start: '2026-03-02', activeDays: 4 },
      mostActionsInDay: { day: '2026-03-03', aiActions: 9 },
    });
  });
});

describe('per-app breakdown and top tips', () => {
  const input = habitDays(
    [
      row('2026-03-02', 3, {
        apps: { jira: appDay({ aiActions: 2, tipsUsed: 2, minutesSaved: 10 }), gmail: appDay({ recordVisits: 4 }) },
        tips: { 'jira.summary': 2 },
      }),
      row('2026-03-03', 1, {
        apps: { jira: appDay({ aiActions: 1, tipsUsed: 1, informedTasks: 1 }) },
        tips: { 'jira.summary': 1, 'gmail.reply': 1 },
      }),
      row('2026-03-04', 2, { apps: { zendesk: appDay({ aiActions: 2, tipsUsed: 2 }) }, tips: { 'zd.draft': 3 } }),
    ],
    '2026-03-04',
  );

  it('adds up each app, counting active days per app', () => {
    const apps = appBreakdown(input);
    expect(apps.map((a) => a.app)).toEqual(['jira', 'zendesk', 'gmail']);
    expect(apps[0]).toEqual({
      app: 'jira',
      aiActions: 3,
      tipsShown: 0,
      tipsUsed: 3,
      informedTasks: 1,
      minutesSaved: 10,
      recordVisits: 0,
      activeDays: 2,
    });
    expect(apps[2]?.activeDays).toBe(0);
    expect(appBreakdown(input, { from: '2026-03-03', to: '2026-03-03' }).map((a) => a.app)).toEqual(['jira']);
  });

  it('ranks tips by uses, then by the latest use', () => {
    expect(topTips(input)).toEqual([
      { tipId: 'zd.draft', uses: 3, lastUsed: '2026-03-04' },
      { tipId: 'jira.summary', uses: 3, lastUsed: '2026-03-03' },
      { tipId: 'gmail.reply', uses: 1, lastUsed: '2026-03-03' },
    ]);
    expect(topTips(input, 1).map((t) => t.tipId)).toEqual(['zd.draft']);
  });
});

describe('heatmap', () => {
  it('has 52 full weeks plus the current one, Monday-first columns of 7', () => {
    const input = habitDays([row('2026-03-04', 3), row('2025-03-05', 1)], '2026-03-04');
    const map = heatmap(input, settings(), ['2026-03-03']);
    expect(map.weeks).toHaveLength(53);
    for (const w of map.weeks) {
      expect(w.cells).toHaveLength(7);
      expect(weekdayOf(dayNumber(w.start))).toBe(1);
    }
    expect(map.start).toBe('2025-03-03');
    expect(map.end).toBe('2026-03-08');
    const last = map.weeks[52]?.cells ?? [];
    expect(last.map((c) => c.inFuture)).toEqual([false, false, false, true, true, true, true]);
    expect(last[2]).toEqual({
      day: '2026-03-04',
      count: 3,
      level: 2,
      inFuture: false,
      isToday: true,
      isWorkday: true,
      frozen: false,
    });
    expect(last[1]?.frozen).toBe(true);
    expect(last[5]?.isWorkday).toBe(false);
    expect(map.weeks[0]?.cells[2]).toMatchObject({ day: '2025-03-05', count: 1, level: 1 });
  });

  it('maps counts to levels with fixed thresholds', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 50].map(heatLevel)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('summarizeHabits', () => {
  it('returns a zero summary for no data', () => {
    const s = summarizeHabits([], settings(), '2026-03-04');
    expect(s.streak).toMatchObject({ current: 0, best: 0, freezesHeld: 0, frozenDays: [], history: [], currentRun: null });
    expect(s.week.current.daysDone).toBe(0);
    expect(s.week.history).toEqual([]);
    expect(s.strength.score).toBe(0);
    expect(s.timeSaved).toEqual({ total: 0, thisWeek: 0, lastWeek: 0, perApp: [] });
    expect(s.milestones.activeDays).toBe(0);
    expect(s.bests).toEqual({ longestStreak: null, bestWeek: null, mostActionsInDay: null });
    expect(s.apps).toEqual({ allTime: [], recent: [] });
    expect(s.topTips).toEqual([]);
    expect(s.heatmap.weeks).toHaveLength(53);
    expect(s.heatmap.weeks.flatMap((w) => w.cells).every((c) => c.level === 0)).toBe(true);
    expect(s.recap.suggestion.kind).toBe('first_tip');
  });

  it('handles three years of daily rollups, unsorted and with duplicates', () => {
    const days = Array.from({ length: 1100 }, (_, i) => addDays('2023-06-05', i));
    const input = days.map((d, i) => row(d, 1, { minutesSaved: i % 2 }));
    const shuffled = [...input.slice(550), ...input.slice(0, 550), row(days[10] ?? '', 4)];
    const today = days[days.length - 1] ?? '';
    const s = summarizeHabits(shuffled, settings(), today);
    const workdays = days.filter((d) => weekdayOf(dayNumber(d)) % 6 !== 0).length;
    expect(s.streak.current).toBe(workdays);
    expect(s.streak.history).toHaveLength(1);
    expect(s.streak.freezesHeld).toBe(2);
    expect(s.milestones.activeDays).toBe(1100);
    expect(s.timeSaved.total).toBe(550);
    expect(s.bests.mostActionsInDay).toEqual({ day: days[10], aiActions: 5 });
    expect(s.strength.percent).toBe(100);
    expect(s.week.history.every((w) => w.met)).toBe(true);
  });

  it('passes the streak frozen days to the heatmap', () => {
    const s = summarizeHabits(rows([...workdaysFrom('2026-03-02', 5), '2026-03-10']), settings(), '2026-03-10');
    const frozen = s.heatmap.weeks.flatMap((w) => w.cells).filter((c) => c.frozen);
    expect(frozen.map((c) => c.day)).toEqual(['2026-03-09']);
  });
});
