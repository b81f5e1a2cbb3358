/**
 * The write path. Reports are deduplicated on (org, dedupeKey) and their numbers added to the
 * rollups in the same transaction, so a retry never counts twice and the dashboard never reads raw
 * reports. `IngestQueue` batches concurrent requests into one transaction: under load a batch of
 * hundreds costs about what one report costs alone; each request still waits for its commit.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DailyReport } from '../../lib/sync/report';
import type { Database } from '../db/schema';
import { addDays, dayOf } from '../days';
import {
  APP_COUNTERS,
  DAY_COUNTERS,
  NO_COHORT,
  TIP_COUNTERS,
  addInto,
  reportDelta,
  type AppCounters,
  type DayCounters,
  type TipCounters,
} from './rollup';

export interface PendingReport {
  orgId: string;
  report: DailyReport;
}

export type WriteOutcome = 'created' | 'duplicate';

/** Rows per multi-row INSERT: well under SQLite's 32 766 and PostgreSQL's 65 535 parameters. */
const INSERT_CHUNK_ROWS = 500;
/** The most reports one transaction takes. */
export const MAX_BATCH = 1000;

const SEP = '\u0000';
const keyOf = (...parts: string[]): string => parts.join(SEP);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Upsert rows, adding counters to existing ones. Keys sorted so concurrent writers lock in one order. */
async function upsertCounters(
  trx: Transaction<Database>,
  table: 'rollup_day' | 'rollup_app' | 'rollup_tip',
  keyCols: readonly string[],
  counterCols: readonly string[],
  rows: Record<string, string | number>[],
): Promise<void> {
  if (rows.length === 0) return;
  rows.sort((a, b) => {
    for (const c of keyCols) {
      const x = String(a[c]);
      const y = String(b[c]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  for (const part of chunks(rows, INSERT_CHUNK_ROWS)) {
    // The three rollup tables share this shape; Kysely can't type a table-generic upsert, so the
    // columns are named with sql.ref (values and keys still come only from our own code).
    const set = Object.fromEntries(
      counterCols.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]),
    );
    await trx
      .insertInto(table)
      .values(part as never)
      .onConflict((oc) => oc.columns(keyCols as never).doUpdateSet(set as never))
      .execute();
  }
}

/**
 * Writes a batch in one transaction; returns, per input, whether it was new or a duplicate (of an
 * earlier report, or of one earlier in the same batch).
 */
export async function writeBatch(db: Kysely<Database>, items: readonly PendingReport[], now: number): Promise<WriteOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const firstIndex = new Map<string, number>();
    items.forEach((it, i) => {
      const k = keyOf(it.orgId, it.report.dedupeKey);
      if (!firstIndex.has(k)) firstIndex.set(k, i);
    });
    const unique = [...firstIndex.values()].map((i) => items[i] as PendingReport);
    const created = new Set<string>();
    for (const part of chunks(unique, INSERT_CHUNK_ROWS)) {
      const inserted = await trx
        .insertInto('reports')
        .values(part.map((it) => ({ org_id: it.orgId, dedupe_key: it.report.dedupeKey, day: it.report.day, received_at: now })))
        .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
        .returning(['org_id', 'dedupe_key'])
        .execute();
      for (const r of inserted) created.add(keyOf(r.org_id, r.dedupe_key));
    }

    const days = new Map<string, { org_id: string; day: string; cohort: string; c: DayCounters }>();
    const apps = new Map<string, { org_id: string; day: string; cohort: string; app: string; c: AppCounters }>();
    const tips = new Map<string, { org_id: string; day: string; cohort: string; tip_id: string; c: TipCounters }>();
    for (const it of unique) {
      if (!created.has(keyOf(it.orgId, it.report.dedupeKey))) continue;
      const { report, orgId } = it;
      const cohort = report.cohort ?? NO_COHORT;
      const delta = reportDelta(report);
      const dk = keyOf(orgId, report.day, cohort);
      const d = days.get(dk);
      if (d) addInto(d.c, delta.day, DAY_COUNTERS);
      else days.set(dk, { org_id: orgId, day: report.day, cohort, c: { ...delta.day } });
      for (const [app, c] of delta.apps) {
        const ak = keyOf(dk, app);
        const a = apps.get(ak);
        if (a) addInto(a.c, c, APP_COUNTERS);
        else apps.set(ak, { org_id: orgId, day: report.day, cohort, app, c: { ...c } });
      }
      for (const [tipId, c] of delta.tips) {
        const tk = keyOf(dk, tipId);
        const t = tips.get(tk);
        if (t) addInto(t.c, c, TIP_COUNTERS);
        else tips.set(tk, { org_id: orgId, day: report.day, cohort, tip_id: tipId, c: { ...c } });
      }
    }
    const flat = <T extends { c: Record<string, number> }>(m: Map<string, T>): Record<string, string | number>[] =>
      [...m.values()].map(({ c, ...key }) => ({ ...(key as Record<string, string>), ...c }));
    await upsertCounters(trx, 'rollup_day', ['org_id', 'day', 'cohort'], DAY_COUNTERS, flat(days));
    await upsertCounters(trx, 'rollup_app', ['org_id', 'day', 'cohort', 'app'], APP_COUNTERS, flat(apps));
    await upsertCounters(trx, 'rollup_tip', ['org_id', 'day', 'cohort', 'tip_id'], TIP_COUNTERS, flat(tips));

    return items.map((it, i) => {
      const k = keyOf(it.orgId, it.report.dedupeKey);
      return firstIndex.get(k) === i && created.has(k) ? 'created' : 'duplicate';
    });
  });
}

/**
 * Dedupe rows older than the acceptance window can go: reports for those days are refused anyway.
 * The margin covers clock skew between replicas.
 */
export async function pruneDedupeRows(db: Kysely<Database>, now: number, maxAgeDays: number): Promise<number> {
  const PRUNE_MARGIN_DAYS = 2;
  const cutoff = addDays(dayOf(now), -(maxAgeDays + PRUNE_MARGIN_DAYS));
  const res = await db.deleteFrom('reports').where('day', '<', cutoff).executeTakeFirst();
  return Number(res.numDeletedRows);
}

interface Waiter extends PendingReport {
  resolve: (o: WriteOutcome) => void;
  reject: (e: unknown) => void;
}

/**
 * Collects reports and writes them in batches, one transaction at a time. A batch starts as soon
 * as the previous one is done (or on the next tick when idle), so a lone request waits no timer.
 */
export class IngestQueue {
  private pending: Waiter[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  submit(orgId: string, report: DailyReport): Promise<WriteOutcome> {
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.pending.push({ orgId, report, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when everything submitted so far is written. */
  async drain(): Promise<void> {
    while (this.running !== undefined || this.pending.length > 0) {
      if (this.running === undefined) this.schedule();
      await (this.running ?? new Promise<void>((r) => setImmediate(r)));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running !== undefined) return;
    this.scheduled = true;
    // setImmediate: lets every request already parsed in this turn of the event loop join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.flush().finally(() => {
        this.running = undefined;
        if (this.pending.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    try {
      const outcomes = await writeBatch(this.db, batch, this.now());
      batch.forEach((w, i) => w.resolve(outcomes[i] ?? 'duplicate'));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }
}
