/**
 * The background's usage store: every event is appended and folded into its day's rollup in ONE
 * read-write transaction, so when `record` resolves both are committed (an MV3 worker can be
 * killed at any moment; an acknowledged event is already on disk). Rows read back are parsed:
 * unreadable ones are reported and skipped, never fatal, never a reason to drop other data.
 */
import Dexie from 'dexie';
import { z } from 'zod';
import { AppIdSchema, type AppId } from '../sites/types';
import { META_KEYS, type LastmileDb, type MetaRow } from './db';
import { TipEventInputSchema, UsageEventSchema, type UsageEvent, type UsageSink } from './events';
import { EXPORT_FORMAT, EXPORT_VERSION, daysCsv, eventsCsv, type CsvKind, type LastmileExport } from './export';
import { PendingSittingsSchema, emptyPending, linkInformed, type LinkResult, type PendingSittings } from './informed';
import { DayRollupSchema, emptyRollup, type DayRollup } from './rollup';
import { applyEventToRollup, applyVisitToRollup, compactRollup, type RollupExtras } from './rollup-apply';

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
      this.db.transaction('rw', this.db.events, this.db.days, this.db.meta, async () => {
        const pending = await this.readPending();
        const link = linkInformed(pending, e);
        const rollup = await this.readRollupForWrite(e.day);
        const next = applyEventToRollup(rollup, e, rollupExtras(link));
        await this.db.events.add({ ...e });
        await this.db.days.put(compactRollup(next));
        await this.db.meta.put({ key: META_KEYS.informed, value: link.pending });
        await this.bumpRollupsVersion(e.day);
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
      this.db.transaction('rw', this.db.days, this.db.meta, async () => {
        const rollup = await this.readRollupForWrite(d);
        await this.db.days.put(compactRollup(applyVisitToRollup(rollup, a, p)));
        await this.bumpRollupsVersion(d);
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
    const all = await this.db.transaction('r', this.db.days, this.db.meta, async () => {
      const version = await this.readRollupsVersion();
      const cached = await this.cachedRollups(version);
      if (cached || whole) return cached ?? this.reloadRollups(version);
      // A range and nothing cached (the background's recap and report preview look at 35 days):
      // read just the range, as before, rather than every day there is.
      const rows: unknown[] = await this.db.days.where('day').between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, true).toArray();
      return rows.flatMap((row) => this.parseRollup(row) ?? []);
    });
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

  private async reloadRollups(version: RollupsVersion): Promise<DayRollup[]> {
    const rows: unknown[] = await this.db.days.toArray();
    const byDay = new Map<string, DayRollup>();
    for (const row of rows) {
      const parsed = this.parseRollup(row);
      if (parsed) byDay.set(parsed.day, parsed);
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

  private async readRollupsVersion(): Promise<RollupsVersion> {
    const row = await this.db.meta.get(ROLLUPS_VERSION_KEY);
    if (row === undefined) return NO_VERSION;
    const parsed = RollupsVersionSchema.safeParse(row.value);
    // Unreadable: treated as none (never cached) until the next write replaces it.
    return parsed.success ? parsed.data : NO_VERSION;
  }

  /** Inside a write transaction that includes meta: day rows changed (`day`: the only one). */
  private async bumpRollupsVersion(day: string): Promise<void> {
    const row = await this.db.meta.get(ROLLUPS_VERSION_KEY);
    const parsed = row === undefined ? undefined : RollupsVersionSchema.safeParse(row.value);
    const value: RollupsVersion =
      parsed?.success === true ? { epoch: parsed.data.epoch, n: parsed.data.n + 1, day } : { epoch: newEpoch(), n: 1, day };
    await this.db.meta.put({ key: ROLLUPS_VERSION_KEY, value } satisfies MetaRow);
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
    return this.db.transaction('r', this.db.events, this.db.days, this.db.meta, async () => {
      let bytesEstimate = 0;
      const add = (row: unknown): void => {
        bytesEstimate += JSON.stringify(row)?.length ?? 0;
      };
      await this.db.events.each(add);
      await this.db.days.each(add);
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
   * Everything goes: raw events, rollups, meta (open sittings, prune time, the report secret: a
   * new one is made when needed) and the report outbox and sent log.
   */
  async deleteAll(): Promise<void> {
    const { events, days, meta, outbox, sent } = this.db;
    await this.db.transaction('rw', [events, days, meta, outbox, sent], async () => {
      await Promise.all([events.clear(), days.clear(), meta.clear(), outbox.clear(), sent.clear()]);
    });
    // Without a version row readers read everything again (NO_VERSION is never cached).
    this.rollupCache = null;
  }

  /**
   * Readable rows only (unreadable ones are reported), events oldest first. Meta is not exported:
   * in particular the report secret, which would let anyone holding the export link this
   * browser's anonymous reports together (it is no fact about the employee either).
   */
  async exportJson(): Promise<LastmileExport> {
    const [events, days] = await this.db.transaction('r', this.db.events, this.db.days, this.db.meta, async () => [
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

function idOf(row: unknown): number | undefined {
  if (typeof row !== 'object' || row === null || !('id' in row)) return undefined;
  return typeof row.id === 'number' ? row.id : undefined;
}
