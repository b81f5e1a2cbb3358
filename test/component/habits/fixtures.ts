/** Realistic habit data for component tests: ~3 months of generated rollups, summarized by the real model. */
import { addDays } from '@/lib/usage/habits/calendar';
import { summarizeHabits, type HabitSummary } from '@/lib/usage/habits/summary';
import { DayRollupSchema, type DayRollup } from '@/lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS, type HabitSettings } from '@/lib/usage/settings';
import type { AppId } from '@/lib/sites/types';

/** A Thursday. */
export const TODAY = '2026-03-05';

const APPS: readonly { app: AppId; tips: readonly string[] }[] = [
  { app: 'salesforce', tips: ['sf-opp-followup', 'sf-opp-call-plan'] },
  { app: 'jira', tips: ['jira-acceptance-criteria', 'jira-bug-report'] },
  { app: 'gmail', tips: ['unknown-tip-id'] },
];

/** Deterministic pseudo-random numbers (tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function generateRollups(days: number, today: string = TODAY, seed = 7): DayRollup[] {
  const rand = rng(seed);
  const out: DayRollup[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const workday = weekday >= 1 && weekday <= 5;
    if (rand() < (workday ? 0.25 : 0.85)) continue;
    const pick = APPS[Math.floor(rand() * APPS.length)]!;
    const aiActions = 1 + Math.floor(rand() * 7);
    const tipsUsed = Math.min(aiActions, 1 + Math.floor(rand() * 2));
    const minutesSaved = tipsUsed * 5;
    const tip = pick.tips[Math.floor(rand() * pick.tips.length)]!;
    out.push(
      DayRollupSchema.parse({
        day,
        aiActions,
        prompts: aiActions,
        tipsShown: tipsUsed + 1,
        tipsUsed,
        informedTasks: Math.floor(tipsUsed / 2),
        minutesSaved,
        apps: { [pick.app]: { aiActions, tipsUsed, tipsShown: tipsUsed + 1, minutesSaved, informedTasks: Math.floor(tipsUsed / 2) } },
        tips: { [tip]: tipsUsed },
      }),
    );
  }
  return out;
}

export function fakeSummary(
  rollups: readonly DayRollup[] = generateRollups(92),
  settings: HabitSettings = DEFAULT_HABIT_SETTINGS,
  today: string = TODAY,
): HabitSummary {
  return summarizeHabits(rollups, settings, today);
}
