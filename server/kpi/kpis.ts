/**
 * Adoption KPIs from the rollups, with k-anonymity.
 *
 * Suppression works on atomic cells: a (day, cohort) cell of rollup_day, a (day, cohort, app) cell
 * of rollup_app, a (day, cohort, tip) cell of rollup_tip. A cell built from fewer than k reports is
 * suppressed, and a suppressed cell contributes to NO published number: day and week buckets,
 * cohort totals ("all"), per-app breakdowns and range totals are all sums over unsuppressed cells
 * only. Every published number is therefore a sum of unsuppressed cells, so no combination of
 * published numbers (all minus the other cohorts, a week minus its other days, a day minus its
 * other apps, ...) can reveal a suppressed one. Whether a cell is suppressed depends on the cell
 * alone, never on the query, so changing the range, granularity or cohort filter can't either.
 * The price: totals leave out small cohorts; `partial: true` says a bucket did.
 *
 * The filtering and summing happen in SQL (GROUP BY day or app over the rollup's primary key
 * range), so a year of a 100 000-person org is a few hundred rows back to Node.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { z } from 'zod';
import { APP_IDS, type AppId } from '../../lib/sites/types';
import {
  HELPFULNESS_ALERT_POINTS,
  type AppKpi,
  type Granularity,
  type HelpfulnessAlert,
  type KpiBucket,
  type KpiResponse,
} from '../api/contract';
import type { Database } from '../db/schema';
import { sumCol } from '../db/rows';
import { addDays, dayRange, weekStart } from '../days';
import { NO_COHORT } from '../ingest/rollup';

const MINUTES_PER_HOUR = 60;
const PERCENT = 100;
/** Float slack so a drop of exactly 10 points (0.7 -> 0.6) still counts as 10. */
const ALERT_EPSILON = 1e-9;
const ALERT_DIGITS = 100;

export interface KpiParams {
  orgId: string;
  k: number;
  from: string;
  to: string;
  cohort?: string | undefined;
  granularity: Granularity;
}

/** SUM over cells with >= k reports only; the k is a bound parameter. */
function pubSum(col: string, k: number): RawBuilder<unknown> {
  return sql`sum(case when ${sql.ref('reports')} >= ${k} then ${sql.ref(col)} else 0 end)`;
}
function pubCells(k: number): RawBuilder<unknown> {
  return sql`sum(case when ${sql.ref('reports')} >= ${k} then 1 else 0 end)`;
}

const DayAgg = z.object({
  day: z.string(),
  reports: sumCol,
  ai_active: sumCol,
  active7d: sumCol,
  pub_cells: sumCol,
  cells: sumCol,
});
type DayAggT = z.infer<typeof DayAgg>;

const ROW_METRICS = ['reports', 'adopted', 'record_visits', 'informed_tasks', 'minutes_saved', 'helpful', 'not_helpful', 'ai_actions', 'tips_shown', 'tips_used'] as const;
const AppAggFields = {
  reports: sumCol,
  adopted: sumCol,
  record_visits: sumCol,
  informed_tasks: sumCol,
  minutes_saved: sumCol,
  helpful: sumCol,
  not_helpful: sumCol,
  ai_actions: sumCol,
  tips_shown: sumCol,
  tips_used: sumCol,
  pub_cells: sumCol,
  cells: sumCol,
};
type AppAggT = { day: string } & { [K in keyof typeof AppAggFields]: number };

type Sums = Omit<DayAggT, 'day'> & { activeMax: number };
type AppSums = Omit<AppAggT, 'day'>;

const emptyDay = (): Sums => ({ reports: 0, ai_active: 0, active7d: 0, pub_cells: 0, cells: 0, activeMax: 0 });
const emptyApp = (): AppSums => ({
  reports: 0,
  adopted: 0,
  record_visits: 0,
  informed_tasks: 0,
  minutes_saved: 0,
  helpful: 0,
  not_helpful: 0,
  ai_actions: 0,
  tips_shown: 0,
  tips_used: 0,
  pub_cells: 0,
  cells: 0,
});

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

function dayQuery(db: Kysely<Database>, p: KpiParams) {
  let q = db
    .selectFrom('rollup_day')
    .where('org_id', '=', p.orgId)
    .where('day', '>=', p.from)
    .where('day', '<=', p.to);
  if (p.cohort !== undefined) q = q.where('cohort', '=', p.cohort);
  return q;
}

const AppByDay = z.object({ day: z.string(), ...AppAggFields });
const AppByApp = z.object({ app: z.string(), ...AppAggFields });

/**
 * Three scans in parallel: rollup_day by day, and rollup_app twice, by day (row metrics per bucket)
 * and by app (the per-app breakdown). Summing over cells is associative, so these equal the
 * per-(day, app) sums folded in Node, but a year comes back as ~384 rows instead of ~7 000: on
 * PostgreSQL the two rollup_app scans run on separate connections (cores).
 */
export async function loadAggregates(
  db: Kysely<Database>,
  p: KpiParams,
): Promise<{ days: Map<string, DayAggT>; apps: Map<string, AppAggT>; perApp: Map<string, AppSums> }> {
  const appSums = () => [...ROW_METRICS.map((m) => pubSum(m, p.k).as(m)), pubCells(p.k).as('pub_cells'), sql`count(*)`.as('cells')];
  const [dayRows, appDayRows, appAppRows] = await Promise.all([
    dayQuery(db, p)
      .select([
        'day',
        pubSum('reports', p.k).as('reports'),
        pubSum('ai_active', p.k).as('ai_active'),
        pubSum('active7d', p.k).as('active7d'),
        pubCells(p.k).as('pub_cells'),
        sql`count(*)`.as('cells'),
      ])
      .groupBy('day')
      .execute(),
    appQuery(db, p)
      .select(['day', ...appSums()])
      .groupBy('day')
      .execute(),
    appQuery(db, p)
      .select(['app', ...appSums()])
      .groupBy('app')
      .execute(),
  ]);
  const apps = new Map<string, AppAggT>();
  for (const raw of appDayRows) {
    const row = AppByDay.parse(raw);
    apps.set(row.day, row);
  }
  const perApp = new Map<string, AppSums>();
  for (const raw of appAppRows) {
    const { app, ...sums } = AppByApp.parse(raw);
    perApp.set(app, sums);
  }
  return { days: new Map(dayRows.map((r) => [r.day, DayAgg.parse(r)])), apps, perApp };
}

function appQuery(db: Kysely<Database>, p: KpiParams) {
  let q = db
    .selectFrom('rollup_app')
    .where('org_id', '=', p.orgId)
    .where('day', '>=', p.from)
    .where('day', '<=', p.to);
  if (p.cohort !== undefined) q = q.where('cohort', '=', p.cohort);
  return q;
}

function perAppKpis(byApp: Map<string, AppSums>): AppKpi[] {
  const out: AppKpi[] = [];
  for (const app of APP_IDS) {
    const a = byApp.get(app);
    if (a === undefined || a.cells === 0) continue;
    out.push(appKpi(app, a));
  }
  return out;
}

function appKpi(app: AppId, a: AppSums): AppKpi {
  const suppressed = a.pub_cells === 0;
  const v = <T>(x: T): T | null => (suppressed ? null : x);
  return {
    app,
    suppressed,
    partial: !suppressed && a.pub_cells < a.cells,
    reports: v(a.reports),
    adoptionRate: suppressed ? null : ratio(a.adopted, a.reports),
    informedPerRecordVisit: suppressed ? null : ratio(a.informed_tasks, a.record_visits),
    hoursSaved: v(a.minutes_saved / MINUTES_PER_HOUR),
    helpfulness: suppressed ? null : ratio(a.helpful, a.helpful + a.not_helpful),
    aiActions: v(a.ai_actions),
    tipsShown: v(a.tips_shown),
    tipsUsed: v(a.tips_used),
  };
}

/** Folds days into one bucket; `activeMax` is the largest daily active7d (see KpiBucketSchema). */
function foldDays(days: readonly string[], dayAgg: Map<string, DayAggT>, appAgg: Map<string, AppAggT>): { d: Sums; a: AppSums } {
  const d = emptyDay();
  const a = emptyApp();
  for (const day of days) {
    const x = dayAgg.get(day);
    if (x !== undefined) {
      d.reports += x.reports;
      d.ai_active += x.ai_active;
      d.active7d += x.active7d;
      d.pub_cells += x.pub_cells;
      d.cells += x.cells;
      d.activeMax = Math.max(d.activeMax, x.active7d);
    }
    const y = appAgg.get(day);
    if (y !== undefined) for (const key of Object.keys(a) as (keyof AppSums)[]) a[key] += y[key];
  }
  return { d, a };
}

function bucket(start: string, end: string, kind: 'day' | 'span', d: Sums, a: AppSums): KpiBucket {
  const suppressed = d.cells > 0 && d.pub_cells === 0;
  // Row metrics come from app cells: withheld when every app cell of the bucket was below k.
  const rowsHidden = suppressed || (a.cells > 0 && a.pub_cells === 0);
  return {
    start,
    end,
    suppressed,
    partial: !suppressed && (d.pub_cells < d.cells || a.pub_cells < a.cells),
    reports: suppressed ? null : d.reports,
    aiActiveShare: suppressed ? null : ratio(d.ai_active, d.reports),
    activeContributors: suppressed ? null : kind === 'day' ? d.ai_active : d.activeMax,
    informedPerRecordVisit: rowsHidden ? null : ratio(a.informed_tasks, a.record_visits),
    hoursSaved: rowsHidden ? null : a.minutes_saved / MINUTES_PER_HOUR,
    helpfulness: rowsHidden ? null : ratio(a.helpful, a.helpful + a.not_helpful),
  };
}

/** ISO weeks (Monday..Sunday) overlapping the range, clipped to it. */
export function weekSpans(from: string, to: string): { start: string; end: string; days: string[] }[] {
  const out: { start: string; end: string; days: string[] }[] = [];
  for (let ws = weekStart(from); ws <= to; ws = addDays(ws, 7)) {
    const start = ws < from ? from : ws;
    const we = addDays(ws, 6);
    const end = we > to ? to : we;
    out.push({ start, end, days: dayRange(start, end) });
  }
  return out;
}

function helpfulnessAlerts(from: string, to: string, appAgg: Map<string, AppAggT>, dayAgg: Map<string, DayAggT>): HelpfulnessAlert[] {
  const alerts: HelpfulnessAlert[] = [];
  let prev: number | null = null;
  for (const w of weekSpans(from, to)) {
    const { d, a } = foldDays(w.days, dayAgg, appAgg);
    const b = bucket(w.start, w.end, 'span', d, a);
    const cur = b.helpfulness;
    if (prev !== null && cur !== null) {
      const drop = (prev - cur) * PERCENT;
      if (drop >= HELPFULNESS_ALERT_POINTS - ALERT_EPSILON) {
        alerts.push({
          kind: 'helpfulness_drop',
          week: weekStart(w.start),
          previous: prev,
          current: cur,
          dropPoints: Math.round(drop * ALERT_DIGITS) / ALERT_DIGITS,
        });
      }
    }
    prev = cur;
  }
  return alerts;
}

export async function computeKpis(db: Kysely<Database>, p: KpiParams): Promise<KpiResponse> {
  const [{ days: dayAgg, apps: appAgg, perApp }, cohortRows] = await Promise.all([loadAggregates(db, p), db
    .selectFrom('rollup_day')
    .select('cohort')
    .distinct()
    .where('org_id', '=', p.orgId)
    .where('day', '>=', p.from)
    .where('day', '<=', p.to)
    .where('reports', '>=', p.k)
    .where('cohort', '<>', NO_COHORT)
    .orderBy('cohort')
    .execute()]);
  const apps = perAppKpis(perApp);

  const series: KpiBucket[] =
    p.granularity === 'day'
      ? dayRange(p.from, p.to).map((day) => {
          const { d, a } = foldDays([day], dayAgg, appAgg);
          return bucket(day, day, 'day', d, a);
        })
      : weekSpans(p.from, p.to).map((w) => {
          const { d, a } = foldDays(w.days, dayAgg, appAgg);
          return bucket(w.start, w.end, 'span', d, a);
        });
  const all = foldDays(dayRange(p.from, p.to), dayAgg, appAgg);

  return {
    from: p.from,
    to: p.to,
    cohort: p.cohort ?? null,
    granularity: p.granularity,
    k: p.k,
    cohorts: cohortRows.map((r) => z.string().parse(r.cohort)),
    series,
    totals: bucket(p.from, p.to, 'span', all.d, all.a),
    apps,
    alerts: helpfulnessAlerts(p.from, p.to, appAgg, dayAgg),
  };
}
