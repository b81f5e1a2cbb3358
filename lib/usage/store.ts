/**
 * The background's usage store: every event is appended and folded into its day's rollup in ONE
 * read-write transaction, so when `record` resolves both are committed (an MV3 worker can be
 * killed at any moment; an acknowledged event is already on disk). Rows read back are parsed:
 * unreadable ones are reported and skipped, never fatal, never a reason to drop other data.
 * The same transactions keep each month's chunk (lib/usage/rollup-chunk.ts) in step with its day
 * rows, so a reader that starts cold reads a few dozen chunks instead of every day.
 */
import Dexie, { type IndexableType } from 'dexie';
import { z } from 'zod';
import { AppIdSchema, type AppId } from '../sites/types';
import { META_KEYS, type LastmileDb, type MetaRow } from './db';
import { TipEventInputSchema, UsageEventSchema, type UsageEvent, type UsageSink } from './events';
import { EXPORT_FORMAT, EXPORT_VERSION, daysCsv, eventsCsv, type CsvKind, type LastmileExport } from './export';
import { PendingSittingsSchema, emptyPending, linkInformed, type LinkResult, type PendingSittings } from './informed';
import { DayRollupSchema, emptyRollup, type DayRollup } from './rollup';
import { applyEventToRollup, applyVisitToRollup, compactRollup, type RollupExtras } from './rollup-apply';
import { MonthChunkSchema, encodeMonth, monthOf, putDay, type MonthChunkRow } from './rollup-chunk';

const MS_PER_DAY = 86_400_000;
/** Scheduled pruning runs at most this often (the background may call it on every wake-up). */
export const PRUNE_INTERVAL_MS = MS_PER_DAY;
/** On a full disk, this share of the raw log (oldest first) goes before the one retry... */
export const QUOTA_PRUNE_FRACTION = 0.25;
/** ...and at least this many events, so a small log still frees real space. */
export const QUOTA_PRUNE_MIN_EVENTS = 100;
/** Page size when reading past unreadable rows for `events()`. */
export const MAX_EVENTS_PAGE = 1000;
/** Error chains are short; the cap only guards against a cycle. */
const MAX_ERROR_DEPTH = 5;

const DaySchema = z.iso.date();
/**
 * meta key of the rollups' version: every transaction that writes day rows bumps it, so a reader
 * (this context or an extension page) knows whether the rows it parsed before are still current.
 */
export const ROLLUPS_VERSION_KEY = 'rollupsVersion';
/** `epoch` is new after deleteAll (or when the row was unreadable), `n` counts writes in it. */
const RollupsVersionSchema = z
  .object({ epoch: z.string().min(1).max(64), n: z.number().int().min(0), day: DaySchema.optional() })
  .strict();
type RollupsVersion = z.infer<typeof RollupsVersionSchema>;
/**
 * No version row: nothing written through this code yet, or everything deleted since. Never
 * cached: rows written before (by an older version) or a deleteAll would look alike.
 */
const NO_VERSION: RollupsVersion = { epoch: 'none', n: 0 };
const EPOCH_RADIX = 36;

/**
 * Parsed day rollups, as of one version. `sorted` is rebuilt from `byDay` when `dirty`. Rows are
 * shared between callers: they are read-only (every consumer is pure).
 */
interface RollupCache {
  version: RollupsVersion;
  byDay: Map<string, DayRollup>;
  sorted: DayRollup[];
  dirty: boolean;
}
const LastPruneSchema = z.object({ at: z.iso.datetime() }).strict();
/** A page kind as tip events carry it. */
const PageKindSchema = TipEventInputSchema.shape.page;

function rollupExtras(link: LinkResult): RollupExtras {
  if (!link.informedApp) return {};
  return link.informedCategory
    ? { informedApp: link.informedApp, informedCategory: link.informedCategory }
    : { informedApp: link.informedApp };
}

export interface StorageWarning {
  reason: 'quota';
  /** Raw events deleted (oldest first) to make room; rollups are never deleted. */
  deletedEvents: number;
  /** The write succeeded on the retry. If false, the write failed and was not acknowledged. */
  recovered: boolean;
}

/** The last full-disk episode as kept in meta, for the privacy centre. */
export const StoredStorageWarningSchema = z
  .object({
    reason: z.literal('quota'),
    at: z.iso.datetime(),
    deletedEvents: z.number().int().min(0),
    recovered: z.boolean(),
  })
  .strict();
export type StoredStorageWarning = z.infer<typeof StoredStorageWarningSchema>;

export interface UsageStoreOptions {
  /** The clock, for pruning and export stamps. */
  now(): Date;
  /** Unreadable rows and other problems that are reported, never fatal. */
  warn?(message: string): void;
  /** The disk was full: old raw events were pruned to make room. */
  onQuota?(warning: StorageWarning): void;
}

export type StoredUsageEvent = UsageEvent & { id: number };

export interface UsageCounts {
  events: number;
  days: number;
  /** JSON characters of every stored row: a close estimate of bytes (the data is ASCII). */
  bytesEstimate: number;
}

export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < MAX_ERROR_DEPTH && typeof e === 'object' && e !== null; depth++) {
    if ('name' in e && e.name === Dexie.errnames.QuotaExceeded) return true;
    // Dexie wraps the IndexedDB error (AbortError with `inner`); others use `cause`.
    e = 'inner' in e && e.inner ? e.inner : 'cause' in e ? e.cause : undefined;
  }
  return false;
}

export class UsageStore implements UsageSink {
  private rollupCache: RollupCache | null = null;
  /** The chunk this store last wrote, as of the version that write made (see putRollup). */
  private lastChunk: { chunk: MonthChunkRow; epoch: string; n: number } | null = null;

  constructor(
    private readonly db: LastmileDb,
    private readonly options: UsageStoreOptions,
  ) {}

  /** Appends the event and updates its day's rollup (and AI-informed linking) atomically. */
  async record(event: UsageEvent): Promise<void> {
    const parsed = UsageEventSchema.safeParse(event);
    if (!parsed.success) throw new Error(`Invalid usage event: ${z.prettifyError(parsed.error)}`);
    const e = parsed.data;
    await this.write(() =>
      this.db.transaction('rw', [this.db.events, this.db.days, this.db.months, this.db.meta], async () => {
        const pending = await this.readPending();
        const link = linkInformed(pending, e);
        const rollup = await this.readRollupForWrite(e.day);
        const next = applyEventToRollup(rollup, e, rollupExtras(link));
        await this.db.events.add({ ...e });
        await this.putRollup(next);
        await this.db.meta.put({ key: META_KEYS.informed, value: link.pending });
      }),
    );
  }

  /**
   * A record-page visit: increments apps[app].recordVisits and that of the page's category; no
   * raw event is kept (nor the page kind: only its coarse category).
   */
  async countVisit(day: string, app: AppId, page: string): Promise<void> {
    const d = DaySchema.parse(day);
    const a = AppIdSchema.parse(app);
    const p = PageKindSchema.parse(page);
    await this.write(() =>
      this.db.transaction('rw', this.db.days, this.db.months, this.db.meta, async () => {
        const rollup = await this.readRollupForWrite(d);
        await this.putRollup(applyVisitToRollup(rollup, a, p));
      }),
    );
  }

  /**
   * Day rollups from `fromDay` to `toDay` (inclusive, both optional), oldest first. Rows are
   * parsed once per version (see ROLLUPS_VERSION_KEY): when nothing was written since the last
   * call this reads one meta row; after one write only that day is read and parsed again.
   */
  async rollups(fromDay?: string, toDay?: string): Promise<DayRollup[]> {
    const from = fromDay === undefined ? undefined : DaySchema.parse(fromDay);
    const to = toDay === undefined ? undefined : DaySchema.parse(toDay);
    if (from !== undefined && to !== undefined && from > to) return [];
    const whole = from === undefined && to === undefined;
    // Not one read transaction: in extension pages a read transaction under liveQuery intermittently
    // failed with PrematureCommitError on a busy machine. Reading the version first keeps the cache
    // sound without it: rows read after it are at least that new, and a later call re-reads any day
    // written since (cachedRollups).
    const all = await (async () => {
      const version = await this.readRollupsVersion();
      const cached = await this.cachedRollups(version);
      if (cached || whole) return cached ?? this.reloadRollups(version);
      // A range and nothing cached (the background's recap and report preview look at 35 days):
      // read just the range, as before, rather than every day there is.
      const rows: unknown[] = await this.db.days.where('day').between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, true).toArray();
      return rows.flatMap((row) => this.parseRollup(row) ?? []);
    })();
    if (whole) return all;
    return all.filter((r) => (from === undefined || r.day >= from) && (to === undefined || r.day <= to));
  }

  /** The cached rows brought up to `version` if that's cheap (nothing or one day written), else null. */
  private async cachedRollups(version: RollupsVersion): Promise<DayRollup[] | null> {
    const cache = this.rollupCache;
    if (cache && cache.version.epoch === version.epoch) {
      if (cache.version.n === version.n) return this.sortedRollups(cache);
      // Exactly one write since: only its day changed.
      if (version.n === cache.version.n + 1 && version.day !== undefined) {
        const row: unknown = await this.db.days.get(version.day);
        const parsed = row === undefined ? null : this.parseRollup(row);
        if (parsed) cache.byDay.set(version.day, parsed);
        else cache.byDay.delete(version.day);
        cache.version = version;
        cache.dirty = true;
        return this.sortedRollups(cache);
      }
    }
    return null;
  }

  /**
   * Every day, from the month chunks where a chunk is readable and holds exactly the days the
   * `days` table has in that month; the other months (no chunk, an unreadable one, or rows added
   * behind the store's back) are read and parsed row by row, as before chunks existed.
   */
  private async reloadRollups(version: RollupsVersion): Promise<DayRollup[]> {
    // Two reads, possibly around a write: a month whose chunk and keys disagree is read row by row.
    const [chunks, keys] = await Promise.all([
      this.db.months.toArray() as Promise<unknown[]>,
      this.db.days.toCollection().primaryKeys(),
    ]);
    const keysByMonth = new Map<string, string[]>();
    const rowByRow: IndexableType[] = [];
    for (const key of keys) {
      if (typeof key === 'string' && DAY_KEY.test(key)) {
        const month = monthOf(key);
        const list = keysByMonth.get(month);
        if (list) list.push(key);
        else keysByMonth.set(month, [key]);
      } else {
        rowByRow.push(key); // not a day: its row is unreadable, and parsing it says so
      }
    }
    const byDay = new Map<string, DayRollup>();
    const fromChunks = new Set<string>();
    for (const row of chunks) {
      const month = typeof row === 'object' && row !== null && 'month' in row ? String(row.month) : '';
      const expected = keysByMonth.get(month);
      // A chunk of a month without rows is left over from rows removed behind the store's back.
      if (expected === undefined) continue;
      const days = this.parseChunk(row);
      if (days === null || !sameDays(days, expected)) continue;
      for (const d of days) byDay.set(d.day, d);
      fromChunks.add(month);
    }
    for (const [month, list] of keysByMonth) if (!fromChunks.has(month)) rowByRow.push(...list);
    if (rowByRow.length > 0) {
      // Keys as IndexedDB gave them (the typed table assumes day strings, which these may not be).
      const rows: unknown[] = await this.db.table<unknown, IndexableType>('days').bulkGet(rowByRow);
      for (const row of rows) {
        const parsed = row === undefined ? null : this.parseRollup(row);
        if (parsed) byDay.set(parsed.day, parsed);
      }
    }
    const fresh: RollupCache = { version, byDay, sorted: [], dirty: true };
    this.rollupCache = version === NO_VERSION ? null : fresh;
    return this.sortedRollups(fresh);
  }

  private sortedRollups(cache: RollupCache): DayRollup[] {
    if (cache.dirty) {
      // Keys are YYYY-MM-DD: string order is day order (as the index returned them).
      cache.sorted = [...cache.byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
      cache.dirty = false;
    }
    return cache.sorted;
  }

  /**
   * Inside a write transaction over days, months and meta: stores the day's row, puts it into its
   * month's chunk and bumps the rollups' version. The chunk to patch is the one this store wrote
   * last when no one wrote since (same version); else the stored one when it is readable and holds
   * exactly the month's other day rows; else (none yet, unreadable, rows written behind the
   * store's back) it is rebuilt from those rows, so one write mends it.
   */
  private async putRollup(rollup: DayRollup): Promise<void> {
    const month = monthOf(rollup.day);
    const version = await this.readRollupsVersion();
    const last = this.lastChunk;
    this.lastChunk = null; // set again only once this transaction has committed
    let base: MonthChunkRow | null = null;
    if (last && last.chunk.month === month && version !== NO_VERSION && last.epoch === version.epoch && last.n === version.n) {
      base = last.chunk;
    }
    await this.db.days.put(compactRollup(rollup));
    let chunk: MonthChunkRow;
    if (base) {
      chunk = putDay(base, rollup);
    } else {
      const inMonth = this.db.days.where('day').between(`${month}-`, `${month}-\uffff`, true, true);
      const [stored, keys] = await Dexie.Promise.all([this.db.months.get(month) as Promise<unknown>, inMonth.primaryKeys()]);
      const otherKeys = keys.filter((k): k is string => k !== rollup.day && typeof k === 'string');
      const parsed = stored === undefined ? undefined : MonthChunkSchema.safeParse(stored).data;
      if (parsed && sameDays(parsed.days.filter((d) => d.day !== rollup.day), otherKeys)) {
        chunk = putDay(parsed.chunk, rollup);
      } else {
        const rows: unknown[] = await inMonth.toArray();
        // Unreadable rows are left out here and reported by the readers, which read them row by row.
        const others = rows.flatMap((row) => {
          const p = DayRollupSchema.safeParse(row);
          return p.success && p.data.day !== rollup.day ? [p.data] : [];
        });
        chunk = encodeMonth(month, [...others, rollup]);
      }
    }
    await this.db.months.put(chunk);
    const next: RollupsVersion =
      version === NO_VERSION ? { epoch: newEpoch(), n: 1, day: rollup.day } : { epoch: version.epoch, n: version.n + 1, day: rollup.day };
    await this.db.meta.put({ key: ROLLUPS_VERSION_KEY, value: next } satisfies MetaRow);
    Dexie.currentTransaction?.on('complete', () => {
      this.lastChunk = { chunk, epoch: next.epoch, n: next.n };
    });
  }

  private async readRollupsVersion(): Promise<RollupsVersion> {
    const row = await this.db.meta.get(ROLLUPS_VERSION_KEY);
    if (row === undefined) return NO_VERSION;
    const parsed = RollupsVersionSchema.safeParse(row.value);
    // Unreadable: treated as none (never cached) until the next write replaces it.
    return parsed.success ? parsed.data : NO_VERSION;
  }

  /** Newest first (by insertion: the background records in order), `before` = an id from a previous page. */
  async events(query: { limit: number; before?: number }): Promise<StoredUsageEvent[]> {
    const limit = z.number().int().min(1).parse(query.limit);
    const out: StoredUsageEvent[] = [];
    let cursor = query.before ?? Infinity;
    while (out.length < limit) {
      const want = Math.min(MAX_EVENTS_PAGE, limit - out.length);
      const rows: unknown[] = await this.db.events.where(':id').below(cursor).reverse().limit(want).toArray();
      for (const row of rows) {
        const e = this.parseEvent(row);
        if (e) out.push(e);
        const id = idOf(row);
        if (id !== undefined) cursor = id;
      }
      if (rows.length < want) break;
    }
    return out;
  }

  async counts(): Promise<UsageCounts> {
    return this.db.transaction('r', [this.db.events, this.db.days, this.db.months, this.db.meta], async () => {
      let bytesEstimate = 0;
      const add = (row: unknown): void => {
        bytesEstimate += JSON.stringify(row, typedArrayBytes)?.length ?? 0;
      };
      await this.db.events.each(add);
      await this.db.days.each(add);
      await this.db.months.each(add);
      await this.db.meta.each(add);
      return { events: await this.db.events.count(), days: await this.db.days.count(), bytesEstimate };
    });
  }

  /** Deletes raw events older than `retentionDays` (rollups are kept). Returns how many went. */
  async prune(retentionDays: number): Promise<number> {
    const days = z.number().int().min(1).parse(retentionDays);
    const now = this.options.now();
    const cutoff = new Date(now.getTime() - days * MS_PER_DAY).toISOString();
    return this.db.transaction('rw', this.db.events, this.db.meta, async () => {
      const deleted = await this.db.events.where('at').below(cutoff).delete();
      await this.db.meta.put({ key: META_KEYS.lastPrune, value: { at: now.toISOString() } });
      return deleted;
    });
  }

  /** `prune` if the last one is older than PRUNE_INTERVAL_MS (or never ran); else 0. For the scheduler. */
  async pruneIfDue(retentionDays: number): Promise<number> {
    const row = await this.db.meta.get(META_KEYS.lastPrune);
    const last = row === undefined ? undefined : LastPruneSchema.safeParse(row.value);
    if (last && !last.success) this.warn(`Stored last-prune time ignored: ${z.prettifyError(last.error)}`);
    const lastAt = last?.success ? Date.parse(last.data.at) : undefined;
    if (lastAt !== undefined && this.options.now().getTime() - lastAt < PRUNE_INTERVAL_MS) return 0;
    return this.prune(retentionDays);
  }

  /**
   * Everything goes: raw events, rollups and their month chunks, meta (open sittings, prune time,
   * the report secret: a new one is made when needed) and the report outbox and sent log.
   */
  async deleteAll(): Promise<void> {
    const { events, days, months, meta, outbox, sent } = this.db;
    await this.db.transaction('rw', [events, days, months, meta, outbox, sent], async () => {
      await Dexie.Promise.all([events.clear(), days.clear(), months.clear(), meta.clear(), outbox.clear(), sent.clear()]);
    });
    // Without a version row readers read everything again (NO_VERSION is never cached).
    this.rollupCache = null;
    this.lastChunk = null;
  }

  /**
   * Readable rows only (unreadable ones are reported), events oldest first. Meta is not exported:
   * in particular the report secret, which would let anyone holding the export link this
   * browser's anonymous reports together (it is no fact about the employee either).
   */
  async exportJson(): Promise<LastmileExport> {
    const [events, days] = await this.db.transaction('r', [this.db.events, this.db.days, this.db.months, this.db.meta], async () => [
      await this.allEvents(),
      await this.rollups(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: this.options.now().toISOString(),
      events,
      days,
    };
  }

  async exportCsv(kind: CsvKind): Promise<string> {
    return kind === 'events' ? eventsCsv(await this.allEvents()) : daysCsv(await this.rollups());
  }

  private async allEvents(): Promise<UsageEvent[]> {
    const rows: unknown[] = await this.db.events.orderBy(':id').toArray();
    return rows.flatMap((row) => {
      const e = this.parseEvent(row);
      if (!e) return [];
      // Ids are local bookkeeping: the export carries the events only.
      const event: Partial<StoredUsageEvent> = { ...e };
      delete event.id;
      return [UsageEventSchema.parse(event)];
    });
  }

  /** The last time the disk was full, if it was (unreadable: reported, treated as none). */
  async storageWarning(): Promise<StoredStorageWarning | undefined> {
    const row = await this.db.meta.get(META_KEYS.storageWarning);
    if (row === undefined) return undefined;
    const parsed = StoredStorageWarningSchema.safeParse(row.value);
    if (parsed.success) return parsed.data;
    this.warn(`Stored storage warning ignored: ${z.prettifyError(parsed.error)}`);
    return undefined;
  }

  /** Runs a write; on a full disk, prunes the oldest raw events, warns, and retries once. */
  private async write(job: () => Promise<void>): Promise<void> {
    try {
      await job();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const deletedEvents = await this.pruneOldest();
      try {
        await job();
      } catch (retryError) {
        await this.tellEmployee({ reason: 'quota', deletedEvents, recovered: false });
        throw retryError;
      }
      await this.tellEmployee({ reason: 'quota', deletedEvents, recovered: true });
    }
  }

  /**
   * Reports a full disk to the background and keeps it in meta, where the privacy centre shows it:
   * deleting the employee's old events must never happen silently. Best effort: if even this small
   * row can't be written, the disk is still full and the caller's error says so.
   */
  private async tellEmployee(warning: StorageWarning): Promise<void> {
    this.options.onQuota?.(warning);
    const value: StoredStorageWarning = { ...warning, at: this.options.now().toISOString() };
    try {
      await this.db.meta.put({ key: META_KEYS.storageWarning, value });
    } catch (e) {
      this.warn(`Could not keep the storage warning: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async pruneOldest(): Promise<number> {
    return this.db.transaction('rw', this.db.events, async () => {
      const total = await this.db.events.count();
      const n = Math.min(total, Math.max(QUOTA_PRUNE_MIN_EVENTS, Math.ceil(total * QUOTA_PRUNE_FRACTION)));
      const keys = await this.db.events.orderBy('at').limit(n).primaryKeys();
      await this.db.events.bulkDelete(keys);
      return keys.length;
    });
  }

  private async readPending(): Promise<PendingSittings> {
    const row = await this.db.meta.get(META_KEYS.informed);
    if (row === undefined) return emptyPending();
    const parsed = PendingSittingsSchema.safeParse(row.value);
    if (parsed.success) return parsed.data;
    // Only open links are lost (at most one task per open sitting); counts already stored stay.
    this.warn(`Stored AI-informed sittings reset: ${z.prettifyError(parsed.error)}`);
    return emptyPending();
  }

  /**
   * The day's rollup to update, inside a write transaction. An unreadable stored row is copied
   * aside into meta (quarantine) before the day starts again from zero, so nothing is destroyed.
   */
  private async readRollupForWrite(day: string): Promise<DayRollup> {
    const row: unknown = await this.db.days.get(day);
    if (row === undefined) return emptyRollup(day);
    const parsed = DayRollupSchema.safeParse(row);
    if (parsed.success && parsed.data.day === day) return parsed.data;
    const key = `${META_KEYS.quarantinePrefix}days:${day}:${this.options.now().toISOString()}`;
    await this.db.meta.put({ key, value: row } satisfies MetaRow);
    this.warn(`Unreadable rollup for ${day} kept aside as "${key}"; the day restarts from zero`);
    return emptyRollup(day);
  }

  private parseRollup(row: unknown): DayRollup | null {
    const parsed = DayRollupSchema.safeParse(row);
    if (parsed.success) return parsed.data;
    const day = typeof row === 'object' && row !== null && 'day' in row ? String(row.day) : '?';
    this.warn(`Skipped unreadable rollup for ${day}: ${z.prettifyError(parsed.error)}`);
    return null;
  }

  private parseChunk(row: unknown): DayRollup[] | null {
    const parsed = MonthChunkSchema.safeParse(row);
    if (parsed.success) return parsed.data.days;
    const month = typeof row === 'object' && row !== null && 'month' in row ? String(row.month) : '?';
    this.warn(`Unreadable month chunk ${month}: its days are read one by one (${z.prettifyError(parsed.error)})`);
    return null;
  }

  private parseEvent(row: unknown): StoredUsageEvent | null {
    const id = idOf(row);
    if (id === undefined || typeof row !== 'object' || row === null) {
      this.warn('Skipped a stored event without an id');
      return null;
    }
    // The id is the store's, not part of the (strict) event schema.
    const rest = Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id'));
    const parsed = UsageEventSchema.safeParse(rest);
    if (parsed.success) return { ...parsed.data, id };
    this.warn(`Skipped unreadable event #${id}: ${z.prettifyError(parsed.error)}`);
    return null;
  }

  private warn(message: string): void {
    this.options.warn?.(message);
  }
}

/** Unique enough per database: it only has to differ from the epoch a reader saw before. */
function newEpoch(): string {
  return `${Date.now().toString(EPOCH_RADIX)}-${Math.random().toString(EPOCH_RADIX).slice(2)}`;
}

/** A day key as the store writes it (the row itself is still parsed). */
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** `days` (ascending) are exactly the days `keys` (ascending, as IndexedDB returns them) name. */
function sameDays(days: readonly DayRollup[], keys: readonly string[]): boolean {
  if (days.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (days[i]?.day !== keys[i]) return false;
  return true;
}

/** For size estimates: a typed array counts its bytes (JSON would spell out every element). */
function typedArrayBytes(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) ? { bytes: value.byteLength } : value;
}

function idOf(row: unknown): number | undefined {
  if (typeof row !== 'object' || row === null || !('id' in row)) return undefined;
  return typeof row.id === 'number' ? row.id : undefined;
}
