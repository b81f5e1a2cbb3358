/** Synthetic daily reports for the server benchmarks (deterministic from a seed). */
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { APP_IDS } from '../../lib/sites/types';
import { REPORT_SCHEMA_VERSION, type DailyReport } from '../../lib/sync/report';
import { addDays, dayOf } from '../../server/days';
import { prng } from '../../server/demo';

export const BENCH_COHORTS = 20;
export const TIP_IDS = BUNDLED_TIPS.map((t) => t.id);

function hex64(rand: () => number): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += Math.floor(rand() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return s;
}

/** Realistic reports: 1-2 apps, a tip, a day within the acceptance window (the last week). */
export function makeReports(n: number, seed: number, today = dayOf(Date.now())): DailyReport[] {
  const rand = prng(seed);
  return Array.from({ length: n }, () => {
    const apps = [APP_IDS[Math.floor(rand() * APP_IDS.length)] ?? 'gmail', APP_IDS[Math.floor(rand() * APP_IDS.length)] ?? 'slack'];
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      day: addDays(today, -1 - Math.floor(rand() * 7)),
      dedupeKey: hex64(rand),
      cohort: `cohort-${Math.floor(rand() * BENCH_COHORTS)}`,
      aiActiveDay: rand() < 0.5,
      active7d: rand() < 0.7,
      rows: [...new Set(apps)].map((app) => ({
        app,
        category: 'record' as const,
        recordVisits: Math.floor(rand() * 20),
        tipsShown: Math.floor(rand() * 4),
        tipsUsed: Math.floor(rand() * 3),
        tipsDismissed: Math.floor(rand() * 2),
        aiActions: Math.floor(rand() * 5),
        informedTasks: Math.floor(rand() * 4),
        minutesSaved: Math.floor(rand() * 30),
        helpful: Math.floor(rand() * 2),
        notHelpful: Math.floor(rand() * 2),
      })),
      tipUses: [{ tipId: TIP_IDS[Math.floor(rand() * TIP_IDS.length)] ?? 'sf-opp-followup', uses: 1 + Math.floor(rand() * 3) }],
      adoption: [{ app: apps[0] ?? 'gmail', adopted: rand() < 0.3 }],
    };
  });
}
