/**
 * The write path. Reports are deduplicated on (org, dedupeKey) and their numbers added to the
 * rollups atomically with it, so a retry never counts twice and the dashboard never reads raw
 * reports. `IngestQueue` batches concurrent requests into one write: under load a batch of
 * hundreds costs about what one report costs alone; each request still waits for its commit.
 * SQLite (in-process, synchronous) writes a batch as one transaction of four statements;
 * PostgreSQL as one statement, because every round trip to it waits for a busy event loop.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DailyReport } from '../../lib/sync/report';
import type { Database } from '../db/schema';
import { addDays, dayOf } from '../days';
import { DB_BUSY_RETRY_SECONDS, HttpError, databaseUnavailable } from '../errors';
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

/** The most reports one transaction takes. */
export const MAX_BATCH = 1000;

const SEP = '\u0000';
const keyOf = (...parts: string[]): string => parts.join(SEP);

/** One row of a bulk statement, its values in the statement's column order. */
type Row = (string | number)[];

/**
 * SQLite bulk statements take the whole batch as ONE JSON array (json_each) instead of a VALUES
 * list with a parameter per cell: the SQL text is fixed, so neither Kysely nor SQLite compiles
 * thousands of placeholders per batch. Rows are plain arrays (a batch's rollup rows number in the
 * thousands).
 */
function jsonRows(width: number, rows: readonly Row[]): RawBuilder<unknown> {
  const fields = Array.from({ length: width }, (_, i) => sql`value ->> ${sql.raw(String(i))}`);
  // `where true`: SQLite needs it to tell the upsert's ON CONFLICT from a join constraint.
  return sql`select ${sql.join(fields)} from json_each(${JSON.stringify(rows)}) where true`;
}

/** Upserts rows (already in key order, see writeBatch), adding counters to existing ones. */
async function upsertCounters(
  trx: Transaction<Database>,
  table: 'rollup_day' | 'rollup_app' | 'rollup_tip',
  keyCols: readonly string[],
  counterCols: readonly string[],
  rows: Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const cols = [...keyCols, ...counterCols];
  // Table and column names come only from our own constants (sql.ref / sql.id quote them).
  const set = sql.join(counterCols.map((c) => sql`${sql.id(c)} = ${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`));
  await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.id(c)))})
    ${jsonRows(cols.length, rows)}
    on conflict (${sql.join(keyCols.map((c) => sql.id(c)))}) do update set ${set}`.execute(trx);
}

const InsertedRow = z.object({ org_id: z.string(), dedupe_key: z.string() });

/** Inserts the dedupe rows; returns the keys that were new (conflicts are earlier reports). */
async function insertDedupeRows(trx: Transaction<Database>, items: readonly PendingReport[], now: number): Promise<Set<string>> {
  const rows = items.map((it): Row => [it.orgId, it.report.dedupeKey, it.report.day, now]);
  const res = await sql`insert into reports (org_id, dedupe_key, day, received_at)
    ${jsonRows(4, rows)}
    on conflict (org_id, dedupe_key) do nothing
    returning org_id, dedupe_key`.execute(trx);
  return createdKeys(res.rows);
}

/** The (org, dedupe key) pairs an insert ... returning reported as new. */
function createdKeys(rows: readonly unknown[]): Set<string> {
  const created = new Set<string>();
  for (const raw of rows) {
    const r = InsertedRow.parse(raw);
    created.add(keyOf(r.org_id, r.dedupe_key));
  }
  return created;
}

/** Rollup rows of one table, summed per key while a batch is folded. */
interface Sums<C extends Record<string, number>> {
  keys: string[];
  c: C;
}

/**
 * The rows of one rollup table in composite-key order (columns joined by U+0000, which no key
 * contains, so this is the column-by-column order) so concurrent writers lock rollup rows in one
 * order: no deadlocks.
 */
function sortedRows<C extends Record<string, number>>(m: Map<string, Sums<C>>, counters: readonly (keyof C)[]): Row[] {
  const keys = [...m.keys()].sort();
  const rows = new Array<Row>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const s = m.get(keys[i] as string) as Sums<C>;
    const row: Row = s.keys.slice();
    for (const k of counters) row.push(s.c[k] as number);
    rows[i] = row;
  }
  return rows;
}

/** The first item of each (org, dedupe key): later ones in the same batch are duplicates. */
function firstOfEach(items: readonly PendingReport[]): { firstIndex: Map<string, number>; unique: PendingReport[] } {
  const firstIndex = new Map<string, number>();
  items.forEach((it, i) => {
    const k = keyOf(it.orgId, it.report.dedupeKey);
    if (!firstIndex.has(k)) firstIndex.set(k, i);
  });
  return { firstIndex, unique: [...firstIndex.values()].map((i) => items[i] as PendingReport) };
}

function outcomesOf(items: readonly PendingReport[], firstIndex: Map<string, number>, created: Set<string>): WriteOutcome[] {
  return items.map((it, i) => {
    const k = keyOf(it.orgId, it.report.dedupeKey);
    return firstIndex.get(k) === i && created.has(k) ? 'created' : 'duplicate';
  });
}

/** A ready PostgreSQL integer array literal ("{1,2,3}"): pg would quote and escape every number. */
const intArray = (xs: readonly number[]): RawBuilder<unknown> => sql`${`{${xs.join(',')}}`}::bigint[]`;

/**
 * PostgreSQL: the whole batch in ONE statement (data-modifying CTEs): the dedupe insert returns the
 * new reports, and only their per-report deltas are summed into the three rollups. One round trip
 * instead of six (begin, dedupe, 3 upserts, commit): under load each round trip waited for the busy
 * event loop, and the server's CPU per report fell from ~100 to ~70 µs (BENCHMARKS.md). The batch
 * goes as one array per column (unnest), so the SQL text is fixed whatever the batch size. One
 * statement is atomic by itself. Each insert takes its rows in key order, and PostgreSQL runs the
 * rollup CTEs after `created`, in the order written, so two servers' batches (node:cluster
 * workers, replicas) lock rows in one order; a deadlock, were one ever detected, is a 503 whose
 * retry counts once.
 */
async function writeBatchPg(db: Kysely<Database>, items: readonly PendingReport[], now: number): Promise<WriteOutcome[]> {
  const { firstIndex, unique } = firstOfEach(items);
  const org: string[] = [];
  const key: string[] = [];
  const day: string[] = [];
  const cohort: string[] = [];
  const ai: number[] = [];
  const a7: number[] = [];
  const appAt: number[] = [];
  const app: string[] = [];
  const appCols: number[][] = APP_COUNTERS.map(() => []);
  const tipAt: number[] = [];
  const tip: string[] = [];
  const tipReports: number[] = [];
  const tipUses: number[] = [];
  unique.forEach(({ orgId, report }, i) => {
    const at = i + 1; // unnest ... with ordinality counts from 1
    const delta = reportDelta(report);
    org.push(orgId);
    key.push(report.dedupeKey);
    day.push(report.day);
    cohort.push(report.cohort ?? NO_COHORT);
    ai.push(delta.day.ai_active);
    a7.push(delta.day.active7d);
    for (const [name, c] of delta.apps) {
      appAt.push(at);
      app.push(name);
      APP_COUNTERS.forEach((col, j) => (appCols[j] as number[]).push(c[col]));
    }
    for (const [id, c] of delta.tips) {
      tipAt.push(at);
      tip.push(id);
      tipReports.push(c.reports);
      tipUses.push(c.uses);
    }
  });
  const id = (c: string): RawBuilder<unknown> => sql.id(c);
  const sums = (cols: readonly string[]): RawBuilder<unknown> => sql.join(cols.map((c) => sql`sum(x.${id(c)})::bigint`));
  const adds = (table: string, cols: readonly string[]): RawBuilder<unknown> =>
    sql.join(cols.map((c) => sql`${id(c)} = ${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`));
  const res = await sql`with incoming as (
      select * from unnest(${org}::text[], ${key}::text[], ${day}::text[], ${cohort}::text[], ${intArray(ai)}, ${intArray(a7)})
        with ordinality as t(org_id, dedupe_key, day, cohort, ai_active, active7d, at)
    ), created as (
      insert into reports (org_id, dedupe_key, day, received_at)
      select org_id, dedupe_key, day, ${now}::bigint from incoming order by org_id, dedupe_key
      on conflict (org_id, dedupe_key) do nothing
      returning org_id, dedupe_key
    ), fresh as (
      select i.* from incoming i join created c on c.org_id = i.org_id and c.dedupe_key = i.dedupe_key
    ), day_rows as (
      insert into rollup_day (org_id, day, cohort, reports, ai_active, active7d)
      select org_id, day, cohort, count(*), sum(ai_active)::bigint, sum(active7d)::bigint
      from fresh group by org_id, day, cohort order by org_id, day, cohort
      on conflict (org_id, day, cohort) do update set ${adds('rollup_day', DAY_COUNTERS)}
    ), app_rows as (
      insert into rollup_app (org_id, day, cohort, app, ${sql.join(APP_COUNTERS.map(id))})
      select f.org_id, f.day, f.cohort, x.app, ${sums(APP_COUNTERS)}
      from unnest(${intArray(appAt)}, ${app}::text[], ${sql.join(appCols.map(intArray))}) as x(at, app, ${sql.join(APP_COUNTERS.map(id))})
      join fresh f on f.at = x.at
      group by f.org_id, f.day, f.cohort, x.app order by f.org_id, f.day, f.cohort, x.app
      on conflict (org_id, day, cohort, app) do update set ${adds('rollup_app', APP_COUNTERS)}
    ), tip_rows as (
      insert into rollup_tip (org_id, day, cohort, tip_id, ${sql.join(TIP_COUNTERS.map(id))})
      select f.org_id, f.day, f.cohort, x.tip_id, ${sums(TIP_COUNTERS)}
      from unnest(${intArray(tipAt)}, ${tip}::text[], ${intArray(tipReports)}, ${intArray(tipUses)}) as x(at, tip_id, reports, uses)
      join fresh f on f.at = x.at
      group by f.org_id, f.day, f.cohort, x.tip_id order by f.org_id, f.day, f.cohort, x.tip_id
      on conflict (org_id, day, cohort, tip_id) do update set ${adds('rollup_tip', TIP_COUNTERS)}
    )
    select org_id, dedupe_key from created`.execute(db);
  return outcomesOf(items, firstIndex, createdKeys(res.rows));
}

/**
 * Writes a batch atomically; returns, per input, whether it was new or a duplicate (of an earlier
 * report, or of one earlier in the same batch).
 */
export async function writeBatch(db: Kysely<Database>, items: readonly PendingReport[], now: number): Promise<WriteOutcome[]> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return writeBatchPg(db, items, now);
  return db.transaction().execute(async (trx) => {
    const { firstIndex, unique } = firstOfEach(items);
    const created = unique.length === 0 ? new Set<string>() : await insertDedupeRows(trx, unique, now);

    const days = new Map<string, Sums<DayCounters>>();
    const apps = new Map<string, Sums<AppCounters>>();
    const tips = new Map<string, Sums<TipCounters>>();
    for (const it of unique) {
      if (!created.has(keyOf(it.orgId, it.report.dedupeKey))) continue;
      const { report, orgId } = it;
      const cohort = report.cohort ?? NO_COHORT;
      const delta = reportDelta(report);
      const dk = keyOf(orgId, report.day, cohort);
      const d = days.get(dk);
      if (d) addInto(d.c, delta.day, DAY_COUNTERS);
      else days.set(dk, { keys: [orgId, report.day, cohort], c: delta.day });
      for (const [app, c] of delta.apps) {
        const ak = keyOf(dk, app);
        const a = apps.get(ak);
        if (a) addInto(a.c, c, APP_COUNTERS);
        else apps.set(ak, { keys: [orgId, report.day, cohort, app], c });
      }
      for (const [tipId, c] of delta.tips) {
        const tk = keyOf(dk, tipId);
        const t = tips.get(tk);
        if (t) addInto(t.c, c, TIP_COUNTERS);
        else tips.set(tk, { keys: [orgId, report.day, cohort, tipId], c });
      }
    }
    await upsertCounters(trx, 'rollup_day', ['org_id', 'day', 'cohort'], DAY_COUNTERS, sortedRows(days, DAY_COUNTERS));
    await upsertCounters(trx, 'rollup_app', ['org_id', 'day', 'cohort', 'app'], APP_COUNTERS, sortedRows(apps, APP_COUNTERS));
    await upsertCounters(trx, 'rollup_tip', ['org_id', 'day', 'cohort', 'tip_id'], TIP_COUNTERS, sortedRows(tips, TIP_COUNTERS));

    return outcomesOf(items, firstIndex, created);
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

export type BatchWriter = (db: Kysely<Database>, items: readonly PendingReport[], now: number) => Promise<WriteOutcome[]>;

export interface QueueOptions {
  /** Most reports per transaction (default MAX_BATCH). */
  maxBatch?: number;
  /** The transactional write (default writeBatch; tests inject failures). */
  write?: BatchWriter;
}

/**
 * The answer for every request of a batch whose transaction failed: nothing of it was stored (one
 * transaction), so the client keeps the report and retries. Locked or full databases keep their own
 * codes (errors.ts); anything else is reported once per batch, by class and message only.
 */
function batchFailure(err: unknown): HttpError {
  const known = databaseUnavailable(err);
  const e = err instanceof Error ? err : new Error(String(err));
  if (known !== undefined) {
    // The condition, never the request: an operator needs to know the database is stuck.
    console.error(`lastmile server: ${known.code}: ${e.message}`);
    return known;
  }
  console.error(`lastmile server: write batch failed: ${e.name}: ${e.message}`);
  return new HttpError(503, 'db_unavailable', 'the report could not be stored (database error); try again later, a retry is never counted twice', undefined, undefined, DB_BUSY_RETRY_SECONDS);
}

/**
 * Group commit. Validated reports queue up and go to the database as one transaction per batch
 * (multi-row dedupe insert ... on conflict do nothing, then one upsert per rollup key); each
 * request is answered only after its batch committed. A batch starts on the next turn of the event
 * loop when idle (a lone request waits no timer) and otherwise as soon as the previous batch is done,
 * taking everything that arrived meanwhile (up to maxBatch): under load batches grow by themselves,
 * so no flush timer or size threshold has to be tuned. Duplicates inside a batch count once (the
 * first is 'created', the rest 'duplicate'); a failed batch rejects only its own requests (503,
 * nothing of it written) and the queue goes on with the next.
 */
export class IngestQueue {
  private pending: Waiter[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly write: BatchWriter;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
    options: QueueOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? MAX_BATCH;
    this.write = options.write ?? writeBatch;
  }

  submit(orgId: string, report: DailyReport): Promise<WriteOutcome> {
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.pending.push({ orgId, report, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when everything submitted so far is written (or its batch failed). */
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
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    let outcomes: WriteOutcome[];
    try {
      outcomes = await this.write(this.db, batch, this.now());
    } catch (err) {
      const failure = batchFailure(err);
      for (const w of batch) w.reject(failure);
      return;
    }
    batch.forEach((w, i) => w.resolve(outcomes[i] ?? 'duplicate'));
  }
}
