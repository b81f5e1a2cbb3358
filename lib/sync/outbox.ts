/**
 * The report outbox (IndexedDB, Dexie v3): reports wait here, one per day, until the server has
 * them. A delivered or refused day moves to the `sent` log in the same transaction, so a day is
 * never queued twice and never lost between the two. Retries resend the stored report verbatim
 * (same dedupe key), so the server can drop copies.
 */
import Dexie from 'dexie';
import { z } from 'zod';
import type { LastmileDb } from '../usage/db';
import { SyncErrorSchema, type SyncError } from './errors';
import { DailyReportSchema, type DailyReport } from './report';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/** First retry waits up to a minute... */
export const BACKOFF_BASE_MS = MS_PER_MINUTE;
/** ...doubling per attempt, up to six hours. */
export const BACKOFF_CAP_MS = 6 * MS_PER_HOUR;
/** A server's Retry-After is honoured up to a day (a broken header can't park reports for ever). */
export const RETRY_AFTER_MAX_MS = 24 * MS_PER_HOUR;
/** Sent-log rows are kept this many days: enqueueing only looks back a week. */
export const SENT_LOG_DAYS = 35;

export const OutboxRowSchema = z
  .object({
    day: z.iso.date(),
    report: DailyReportSchema,
    /** Failed deliveries so far. */
    attempts: z.number().int().min(0),
    /** Not sent before this instant (ISO). */
    nextAttemptAt: z.iso.datetime(),
    lastError: SyncErrorSchema.optional(),
  })
  .strict();
export type OutboxRow = z.infer<typeof OutboxRowSchema>;

export const SENT_OUTCOMES = [
  'sent', // 2xx
  'duplicate', // 409: the server already had it (an earlier try got through)
  'rejected', // refused for good (4xx): it would never succeed, so it is not retried
] as const;
export type SentOutcome = (typeof SENT_OUTCOMES)[number];

export const SentRowSchema = z
  .object({
    day: z.iso.date(),
    at: z.iso.datetime(),
    outcome: z.enum(SENT_OUTCOMES),
    error: SyncErrorSchema.optional(),
  })
  .strict();
export type SentRow = z.infer<typeof SentRowSchema>;

/**
 * Exponential backoff with full jitter: uniformly random in [0, min(cap, base * 2^(attempts-1))]
 * after the `attempts`-th failure (1 = the first). Full jitter keeps a fleet of browsers that
 * failed together from retrying together.
 */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const n = Math.max(1, Math.floor(attempts));
  // 2^(n-1) grows past the cap quickly; the exponent is capped so it never overflows.
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * Retry-After in ms from `now`: delta-seconds or an HTTP date; undefined when absent or
 * unreadable. Clamped to [0, RETRY_AFTER_MAX_MS].
 */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) {
    ms = Number(value) * MS_PER_SECOND;
  } else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
    ms = at - now.getTime();
  }
  return Math.min(Math.max(ms, 0), RETRY_AFTER_MAX_MS);
}

/** Typed access to the outbox and sent tables. Unreadable rows are reported and left alone. */
export class Outbox {
  constructor(
    private readonly db: LastmileDb,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** Every readable queued report, oldest day first. */
  async all(): Promise<OutboxRow[]> {
    const rows: unknown[] = await this.db.outbox.orderBy('day').toArray();
    return rows.flatMap((row) => {
      const parsed = OutboxRowSchema.safeParse(row);
      if (parsed.success) return [parsed.data];
      this.warn(`Skipped an unreadable queued report: ${z.prettifyError(parsed.error)}`);
      return [];
    });
  }

  /** Queued reports whose next attempt is due at `now`, oldest day first. */
  async due(now: Date): Promise<OutboxRow[]> {
    const t = now.getTime();
    return (await this.all()).filter((r) => Date.parse(r.nextAttemptAt) <= t);
  }

  /** Readable sent-log rows, oldest day first. */
  async sentLog(): Promise<SentRow[]> {
    const rows: unknown[] = await this.db.sent.orderBy('day').toArray();
    return rows.flatMap((row) => {
      const parsed = SentRowSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Days already queued or in the sent log (readable or not: a day is never queued twice). */
  async knownDays(): Promise<Set<string>> {
    return this.db.transaction('r', this.db.outbox, this.db.sent, async () => {
      const queued = await this.db.outbox.toCollection().primaryKeys();
      const sent = await this.db.sent.toCollection().primaryKeys();
      return new Set([...queued, ...sent]);
    });
  }

  /**
   * Queues the reports whose day is neither queued nor sent (checked again inside the write, so
   * two callers at once queue a day once). Returns the days queued.
   */
  async enqueue(reports: readonly DailyReport[], now: Date): Promise<string[]> {
    const rows = reports.map((report) =>
      OutboxRowSchema.parse({ day: report.day, report, attempts: 0, nextAttemptAt: now.toISOString() }),
    );
    return this.db.transaction('rw', this.db.outbox, this.db.sent, async () => {
      const added: string[] = [];
      for (const row of rows) {
        if ((await this.db.outbox.get(row.day)) !== undefined) continue;
        if ((await this.db.sent.get(row.day)) !== undefined) continue;
        await this.db.outbox.add(row);
        added.push(row.day);
      }
      return added;
    });
  }

  /** The day is done (delivered, a duplicate, or refused for good): out of the outbox, into the log. */
  async settle(day: string, outcome: SentOutcome, now: Date, error?: SyncError): Promise<void> {
    const row = SentRowSchema.parse({
      day,
      at: now.toISOString(),
      outcome,
      ...(error !== undefined ? { error } : {}),
    });
    await this.db.transaction('rw', this.db.outbox, this.db.sent, async () => {
      await this.db.outbox.delete(day);
      await this.db.sent.put(row);
    });
  }

  /** A failed attempt: the report stays queued, unchanged, until `nextAttemptAt`. */
  async reschedule(day: string, attempts: number, nextAttemptAt: Date, error: SyncError): Promise<void> {
    await this.db.outbox.update(day, {
      attempts,
      nextAttemptAt: nextAttemptAt.toISOString(),
      lastError: SyncErrorSchema.parse(error),
    });
  }

  /** Everything queued goes (consent withdrawn or sync turned off). The sent log stays. */
  async clearQueue(): Promise<number> {
    return this.db.transaction('rw', this.db.outbox, async () => {
      const n = await this.db.outbox.count();
      await this.db.outbox.clear();
      return n;
    });
  }

  /** Drops sent-log rows for days before `beforeDay`. */
  async pruneSent(beforeDay: string): Promise<number> {
    return this.db.sent.where('day').between(Dexie.minKey, beforeDay, true, false).delete();
  }
}
