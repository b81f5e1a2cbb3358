/**
 * What one accepted report adds to the rollups. Pure: the write path sums these per batch and
 * upserts once per (org, day, cohort[, app | tip]) key.
 */
import type { DailyReport } from '../../lib/sync/report';

/** Reports without a cohort label roll up under this (not a valid label, so it can't collide). */
export const NO_COHORT = '';

export const DAY_COUNTERS = ['reports', 'ai_active', 'active7d'] as const;
export const APP_COUNTERS = [
  'reports',
  'adopted',
  'record_visits',
  'tips_shown',
  'tips_used',
  'tips_dismissed',
  'ai_actions',
  'informed_tasks',
  'minutes_saved',
  'helpful',
  'not_helpful',
] as const;
export const TIP_COUNTERS = ['reports', 'uses'] as const;

export type DayCounters = Record<(typeof DAY_COUNTERS)[number], number>;
export type AppCounters = Record<(typeof APP_COUNTERS)[number], number>;
export type TipCounters = Record<(typeof TIP_COUNTERS)[number], number>;

export interface RollupDelta {
  day: DayCounters;
  apps: Map<string, AppCounters>;
  tips: Map<string, TipCounters>;
}

export function emptyAppCounters(): AppCounters {
  return {
    reports: 0,
    adopted: 0,
    record_visits: 0,
    tips_shown: 0,
    tips_used: 0,
    tips_dismissed: 0,
    ai_actions: 0,
    informed_tasks: 0,
    minutes_saved: 0,
    helpful: 0,
    not_helpful: 0,
  };
}

export function reportDelta(report: DailyReport): RollupDelta {
  const apps = new Map<string, AppCounters>();
  const appOf = (app: string): AppCounters => {
    let c = apps.get(app);
    if (c === undefined) {
      // A report counts once per app however many categories (rows) it has for it.
      c = { ...emptyAppCounters(), reports: 1 };
      apps.set(app, c);
    }
    return c;
  };
  for (const r of report.rows) {
    const c = appOf(r.app);
    c.record_visits += r.recordVisits;
    c.tips_shown += r.tipsShown;
    c.tips_used += r.tipsUsed;
    c.tips_dismissed += r.tipsDismissed;
    c.ai_actions += r.aiActions;
    c.informed_tasks += r.informedTasks;
    c.minutes_saved += r.minutesSaved;
    c.helpful += r.helpful;
    c.not_helpful += r.notHelpful;
  }
  for (const f of report.adoption) {
    const c = appOf(f.app);
    // Duplicate flags for one app count once: adopted if any says so.
    if (f.adopted) c.adopted = 1;
  }
  const tips = new Map<string, TipCounters>();
  for (const t of report.tipUses) {
    const c = tips.get(t.tipId) ?? { reports: 0, uses: 0 };
    c.uses += t.uses;
    if (t.uses > 0) c.reports = 1;
    tips.set(t.tipId, c);
  }
  return {
    day: { reports: 1, ai_active: report.aiActiveDay ? 1 : 0, active7d: report.active7d ? 1 : 0 },
    apps,
    tips,
  };
}

/** Adds b into a, column by column. */
export function addInto<K extends string>(a: Record<K, number>, b: Readonly<Record<K, number>>, keys: readonly K[]): void {
  for (const k of keys) a[k] += b[k];
}
