/**
 * Use cases: a named set of tips in one app with an owner and a target, and adoption against the
 * target from the tip rollups (k-anonymous like every KPI: only (day, cohort, tip) and
 * (day, cohort, app) cells with >= k reports count).
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { AppIdSchema } from '../../lib/sites/types';
import {
  UseCaseTargetSchema,
  TipIdSchema,
  type UseCase,
  type UseCaseInput,
  type UseCaseProgress,
} from '../api/contract';
import type { Database } from '../db/schema';
import { bigCol, isoFromMs, sumCol } from '../db/rows';
import { daysBetween } from '../days';
import { weekSpans } from '../kpi/kpis';
import { randomId } from '../security/crypto';

const DAYS_PER_WEEK = 7;
const PERCENT = 100;

const UseCaseRow = z.object({
  id: z.string(),
  name: z.string(),
  app: AppIdSchema,
  tip_ids: z.string().transform((s, ctx) => {
    const parsed = z.array(TipIdSchema).safeParse(JSON.parse(s));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'tip_ids is not a list of tip ids' });
      return z.NEVER;
    }
    return parsed.data;
  }),
  owner: z.string(),
  target_kind: z.string(),
  target_value: z.coerce.number(),
  created_at: bigCol,
  updated_at: bigCol,
});
type UseCaseRowT = z.infer<typeof UseCaseRow>;

const COLUMNS = ['id', 'name', 'app', 'tip_ids', 'owner', 'target_kind', 'target_value', 'created_at', 'updated_at'] as const;

export interface Range {
  from: string;
  to: string;
}

const TipDay = z.object({ day: z.string(), uses: sumCol, reports: sumCol });
const AppDay = z.object({ day: z.string(), reports: sumCol });

export async function useCaseProgress(
  db: Kysely<Database>,
  orgId: string,
  k: number,
  uc: { app: string; tipIds: readonly string[]; target: UseCaseInput['target'] },
  range: Range,
): Promise<UseCaseProgress> {
  const tipQuery = db
    .selectFrom('rollup_tip')
    .select([
      'day',
      sql`sum(case when ${sql.ref('reports')} >= ${k} then ${sql.ref('uses')} else 0 end)`.as('uses'),
      sql`sum(case when ${sql.ref('reports')} >= ${k} then ${sql.ref('reports')} else 0 end)`.as('reports'),
    ])
    .where('org_id', '=', orgId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .where('tip_id', 'in', [...uc.tipIds])
    .groupBy('day')
    .execute();
  const appQuery = db
    .selectFrom('rollup_app')
    .select(['day', sql`sum(case when ${sql.ref('reports')} >= ${k} then ${sql.ref('reports')} else 0 end)`.as('reports')])
    .where('org_id', '=', orgId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .where('app', '=', uc.app)
    .groupBy('day')
    .execute();
  // Independent scans: on PostgreSQL they run on two pooled connections at once.
  const [tipRows, appRows] = await Promise.all([tipQuery, appQuery]);
  const tips = new Map(tipRows.map((r) => [r.day, TipDay.parse(r)]));
  const apps = new Map(appRows.map((r) => [r.day, AppDay.parse(r)]));

  let totalUses = 0;
  let totalTipReports = 0;
  let totalAppReports = 0;
  let anyPublished = false;
  const weeks = weekSpans(range.from, range.to).map((w) => {
    let uses = 0;
    let tipReports = 0;
    let appReports = 0;
    for (const d of w.days) {
      uses += tips.get(d)?.uses ?? 0;
      tipReports += tips.get(d)?.reports ?? 0;
      appReports += apps.get(d)?.reports ?? 0;
    }
    totalUses += uses;
    totalTipReports += tipReports;
    totalAppReports += appReports;
    // Nothing published this week: show it as suppressed rather than as zero use.
    const suppressed = tipReports === 0 && appReports === 0;
    if (!suppressed) anyPublished = true;
    return {
      start: w.start,
      end: w.end,
      suppressed,
      uses: suppressed ? null : uses,
      reach: appReports > 0 ? Math.min(1, tipReports / appReports) : null,
    };
  });
  const rangeWeeks = (daysBetween(range.from, range.to) + 1) / DAYS_PER_WEEK;
  let actual: number | null = null;
  if (anyPublished) {
    if (uc.target.kind === 'uses_per_week') actual = totalUses / rangeWeeks;
    else actual = totalAppReports > 0 ? Math.min(PERCENT, (PERCENT * totalTipReports) / totalAppReports) : null;
  }
  return { from: range.from, to: range.to, weeks, actual, met: actual === null ? null : actual >= uc.target.value };
}

function toInput(r: UseCaseRowT): UseCaseInput {
  return {
    name: r.name,
    app: r.app,
    tipIds: r.tip_ids,
    owner: r.owner,
    target: UseCaseTargetSchema.parse({ kind: r.target_kind, value: r.target_value }),
  };
}

async function withProgress(db: Kysely<Database>, orgId: string, k: number, r: UseCaseRowT, range: Range): Promise<UseCase> {
  const input = toInput(r);
  return {
    id: r.id,
    ...input,
    createdAt: isoFromMs(r.created_at),
    updatedAt: isoFromMs(r.updated_at),
    progress: await useCaseProgress(db, orgId, k, input, range),
  };
}

export async function listUseCases(db: Kysely<Database>, orgId: string, k: number, range: Range): Promise<UseCase[]> {
  const rows = await db.selectFrom('use_cases').select(COLUMNS).where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute();
  const out: UseCase[] = [];
  for (const raw of rows) out.push(await withProgress(db, orgId, k, UseCaseRow.parse(raw), range));
  return out;
}

export async function getUseCase(db: Kysely<Database>, orgId: string, id: string, k: number, range: Range): Promise<UseCase | undefined> {
  const raw = await db.selectFrom('use_cases').select(COLUMNS).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return raw === undefined ? undefined : withProgress(db, orgId, k, UseCaseRow.parse(raw), range);
}

function columns(input: UseCaseInput) {
  return {
    name: input.name,
    app: input.app,
    tip_ids: JSON.stringify([...new Set(input.tipIds)]),
    owner: input.owner,
    target_kind: input.target.kind,
    target_value: input.target.value,
  };
}

export async function createUseCase(db: Kysely<Database>, orgId: string, input: UseCaseInput, now: number): Promise<string> {
  const id = randomId();
  await db
    .insertInto('use_cases')
    .values({ id, org_id: orgId, ...columns(input), created_at: now, updated_at: now })
    .execute();
  return id;
}

/** false when the use case is not the org's. */
export async function updateUseCase(db: Kysely<Database>, orgId: string, id: string, input: UseCaseInput, now: number): Promise<boolean> {
  const res = await db
    .updateTable('use_cases')
    .set({ ...columns(input), updated_at: now })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function deleteUseCase(db: Kysely<Database>, orgId: string, id: string): Promise<boolean> {
  const res = await db.deleteFrom('use_cases').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
