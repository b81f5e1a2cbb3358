/**
 * The usage database (IndexedDB through Dexie), owned by the background. The IndexedDB factory is
 * passed in, so Node tests run on fake-indexeddb and lib/ stays free of browser globals.
 *
 * Versions (never edit a shipped one; add the next):
 * 1. events (raw log, auto id; indexed by at, day, type), days (one rollup per local day).
 * 2. meta (key-value: schema note, last prune, open AI-informed sittings). Rollup rows are
 *    rewritten compact (zero counters omitted), the form every later write uses.
 * 3. outbox (daily reports waiting to be sent, by day) and sent (days already delivered or
 *    refused, so a day is never queued twice). Nothing else changes: existing rows stay as they are
 *    (rollups without page categories read back with none).
 * 4. months: one columnar chunk of day rollups per calendar month (lib/usage/rollup-chunk.ts), a
 *    read index the store keeps in step with `days` in every write; `days` stays the record. Built
 *    here from every readable day row; unreadable rows stay as they are (their month is then read
 *    row by row, and they are reported, until a write mends that day).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { OutboxRow, SentRow } from '../sync/outbox';
import type { UsageEvent } from './events';
import { DayRollupSchema, type DayRollup } from './rollup';
import { compactRollup, type DayRollupRow } from './rollup-apply';
import { encodeMonths, type MonthChunkRow } from './rollup-chunk';

export const DB_NAME = 'lastmile-usage';
export const DB_VERSION = 4;

/** The IndexedDB implementation: the browser's in the extension, fake-indexeddb in Node. */
export type IndexedDbDeps = Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>>;

export const SCHEMA_V1 = {
  events: '++id, at, day, type',
  days: 'day',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  meta: 'key',
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  outbox: 'day',
  sent: 'day',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  months: 'month',
} as const;

/** A raw event as stored: the validated event plus its auto-increment id. */
export type EventRow = UsageEvent & { id?: number };

export interface MetaRow {
  key: string;
  value: unknown;
}

export const META_KEYS = {
  /** { version, from? }: which schema created or last migrated the database. */
  schema: 'schema',
  /** { at }: the last prune of raw events. */
  lastPrune: 'lastPrune',
  /** PendingSittings: tip interactions still waiting for AI use. */
  informed: 'informedPending',
  /**
   * { hex }: the local random secret the reports' dedupe keys are derived from. Not personal data,
   * but it would link exported reports to this browser: never in the export; deleteAll removes it.
   */
  reportSecret: 'reportSecret',
  /** { day }: the first local day sync was seen enabled and consented; no report is about a day before. */
  syncSince: 'syncSince',
  /** StoredStorageWarning: the disk was full; the privacy centre tells the employee (deleteAll clears it). */
  storageWarning: 'storageWarning',
  /** Prefix of rows kept aside when a stored rollup could not be read (never silently dropped). */
  quarantinePrefix: 'quarantine:',
} as const;

export class LastmileDb extends Dexie {
  // `declare`: Dexie creates these in version().stores(); a class field would reset them.
  declare readonly events: Table<EventRow, number>;
  declare readonly days: Table<DayRollupRow, string>;
  declare readonly meta: Table<MetaRow, string>;
  declare readonly outbox: Table<OutboxRow, string>;
  declare readonly sent: Table<SentRow, string>;
  declare readonly months: Table<MonthChunkRow, string>;

  constructor(deps: IndexedDbDeps, name: string = DB_NAME) {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table<unknown, string>('days')
          .toCollection()
          .modify((row, ctx) => {
            const parsed = DayRollupSchema.safeParse(row);
            // Unreadable rows stay as they are: reported and skipped on read, never destroyed here.
            if (parsed.success) ctx.value = compactRollup(parsed.data);
          });
        await tx.table<MetaRow, string>('meta').put({ key: META_KEYS.schema, value: { version: 2, from: 1 } });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx.table<MetaRow, string>('meta').put({ key: META_KEYS.schema, value: { version: 3, from: 2 } });
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const rows: unknown[] = await tx.table<unknown, string>('days').toArray();
        const readable: DayRollup[] = [];
        for (const row of rows) {
          const parsed = DayRollupSchema.safeParse(row);
          if (parsed.success) readable.push(parsed.data);
        }
        await tx.table<MonthChunkRow, string>('months').bulkPut(encodeMonths(readable));
        await tx.table<MetaRow, string>('meta').put({ key: META_KEYS.schema, value: { version: 4, from: 3 } });
      });
    this.on('populate', (tx) => {
      void tx.table<MetaRow, string>('meta').add({ key: META_KEYS.schema, value: { version: DB_VERSION } });
    });
  }
}
