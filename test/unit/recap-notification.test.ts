import { describe, expect, it } from 'vitest';
import { emptyRollup, type DayRollup } from '@/lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS } from '@/lib/usage/settings';
import { summarizeHabits } from '@/lib/usage/habits';
import { recapDue } from '@/lib/usage/recap-notification';

const active = (day: string, extra: Partial<DayRollup> = {}): DayRollup => ({
  ...emptyRollup(day),
  aiActions: 2,
  ...extra,
});

// Monday 2026-11-16 .. Sunday 2026-11-22 is "last week" seen from Wednesday 2026-11-25.
const TODAY = '2026-11-25';

describe('weekly recap notification', () => {
  // What it says, in each language: test/component/recap-text.test.tsx.
  it('is due once in a new week when last week had AI use', () => {
    const rollups = [
      active('2026-11-16', { informedTasks: 1, minutesSaved: 15 }),
      active('2026-11-17'),
      active('2026-11-19', { informedTasks: 2, minutesSaved: 10 }),
    ];
    const { recap } = summarizeHabits(rollups, DEFAULT_HABIT_SETTINGS, TODAY);
    expect(recapDue(recap, undefined)).toBe(true);
    expect(recapDue(recap, '2026-11-16')).toBe(true);
    expect(recapDue(recap, recap.thisWeek.start)).toBe(false);
  });

  it('stays quiet after a week without AI use', () => {
    const { recap } = summarizeHabits([active('2026-11-02')], DEFAULT_HABIT_SETTINGS, TODAY);
    expect(recapDue(recap, undefined)).toBe(false);
  });
});
