/**
 * Sends the anonymous daily reports: builds one per finished local day into the outbox, then
 * POSTs what is due. Pure service: the database, fetch, clock, randomness and HMAC are passed in.
 *
 * Gate: nothing is built or sent unless the org's policy enables sync AND the employee has seen
 * the "what we share" screen (consented). Turning either off empties the queue and forgets the
 * consent day, so turning it on again never back-fills the days in between.
 */
import { z } from 'zod';
import { META_KEYS, type LastmileDb } from '../usage/db';
import { addDays } from '../usage/habits/calendar';
import { DayRollupSchema, type DayRollup } from '../usage/rollup';
import { buildReport, reportCohort, type HmacHex } from './build';
import { shortError, type SyncError } from './errors';
import { Outbox, SENT_LOG_DAYS, backoffDelayMs, retryAfterMs, type OutboxRow } from './outbox';
import { ADOPTION_WINDOW_DAYS, MAX_REPORT_BYTES, type DailyReport } from './report';
import { reportSecret, type RandomBytes } from './secret';

/** Reports are built for at most this many finished days back (a browser closed for a week). */
export const MAX_BACKFILL_DAYS = 7;
export const REPORTS_PATH = '/api/v1/reports';
/**
 * A POST without an answer by then is abandoned and retried with backoff: a stalled server must
 * not hold the queue (and the service worker) forever. Safe to retry: the server dedupes by key.
 */
export const REQUEST_TIMEOUT_MS = 30_000;
const MS_PER_SECOND = 1000;
/** The report's cohort format (lib/sync/build.ts reportCohort): up to this many characters. */
const MAX_COHORT_CHARS = 40;

const HTTP_OK_MIN = 200;
const HTTP_OK_MAX = 299;
const HTTP_REQUEST_TIMEOUT = 408;
const HTTP_CONFLICT = 409;
const HTTP_TOO_MANY = 429;
const HTTP_UNAUTHORIZED = 401;
const HTTP_FORBIDDEN = 403;
const HTTP_CLIENT_MIN = 400;
const HTTP_SERVER_MIN = 500;
const HTTP_STATUS_MIN = 100;
const HTTP_STATUS_MAX = 599;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on this machine (a local test server); no query or fragment to append to. */
const EndpointSchema = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((u) => {
    const url = new URL(u);
    return (url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname)) && !url.search && !url.hash;
  }, 'must be an https:// URL without query or fragment');

/** What the background gathers from the policy and the employee's choice. */
export const SyncConfigSchema = z.object({
  enabled: z.boolean(),
  endpoint: EndpointSchema,
  /** Sent as a bearer token: printable ASCII without spaces (no header injection). */
  enrollmentToken: z.string().regex(/^[\x21-\x7e]{16,512}$/, '16 to 512 printable characters, no spaces'),
  /** The policy's cohort label; normalised to the report's format (see reportCohort). */
  cohort: z.string().max(64).optional(),
  /** The employee has seen the "what we share" screen and agreed. */
  consented: z.boolean(),
  /** The local day they agreed, if the options page recorded it (else the first day seen consented). */
  consentDay: z.iso.date().optional(),
});
export type SyncConfigInput = z.input<typeof SyncConfigSchema>;
type SyncConfig = z.infer<typeof SyncConfigSchema>;

export interface SyncResponse {
  status: number;
  headers: { get(name: string): string | null };
}

export interface SyncRequestInit {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  /** No cookies: the bearer token is the only credential. */
  credentials: 'omit';
  /** A redirect could carry the report somewhere else: it fails (and is retried) instead. */
  redirect: 'error';
  cache: 'no-store';
  /** Aborted when the request times out (REQUEST_TIMEOUT_MS). */
  signal: AbortSignal;
}

/** setTimeout / clearTimeout as the request timeout needs them (injected so tests drive time). */
export interface SyncTimer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const GLOBAL_TIMER: SyncTimer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `fetch` as the report sender needs it (the global one fits). */
export type SyncFetch = (url: string, init: SyncRequestInit) => Promise<SyncResponse>;

export interface SyncDeps {
  db: LastmileDb;
  fetch: SyncFetch;
  now(): Date;
  /** The local day now (localDay(now, zone)): finished days are the ones before it. */
  today(): string;
  /** Uniform in [0, 1): the backoff jitter. */
  random(): number;
  /** Cryptographic random bytes: the local report secret, made once. */
  randomBytes: RandomBytes;
  hmac: HmacHex;
  /** The playbook's tip ids in force (bundled + policy): the only tip ids a report may name. */
  tipIds(): Iterable<string>;
  getConfig(): Promise<SyncConfigInput | null>;
  warn?(message: string): void;
  /** Timers for the request timeout; default: the global setTimeout / clearTimeout. */
  timer?: SyncTimer;
  /** Default REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
}

export type SyncState =
  | 'off' // no sync configured, or the policy turns it off
  | 'needs-consent' // the employee has not seen / agreed to the "what we share" screen
  | 'misconfigured' // the sync settings are unusable (see lastError: misconfigured, cohort_invalid)
  | 'on';

export interface SyncStatus {
  state: SyncState;
  /** status(): days delivered in the sent log (kept SENT_LOG_DAYS days); syncNow(): delivered by this call. */
  sent: number;
  /** Reports waiting in the outbox. */
  queued: number;
  /** status(): days the server refused for good; syncNow(): refused by this call. */
  failed: number;
  /** The latest problem, as a code (the page words it); absent when there is none to report. */
  lastError?: SyncError;
  /** The earliest queued report's next try (ISO). */
  nextAttemptAt?: string;
  /** When a report was last delivered (ISO). */
  lastSentAt?: string;
}

export interface FlushResult {
  sent: number;
  failed: number;
  retrying: number;
  lastError?: SyncError;
}

type Gate =
  | { state: 'on'; config: SyncConfig; url: string; cohort?: string }
  | { state: Exclude<SyncState, 'on'>; error?: SyncError };

type Outcome =
  | { kind: 'sent' }
  | { kind: 'duplicate' }
  | { kind: 'rejected'; error: SyncError }
  | { kind: 'auth'; error: SyncError; retryAfter?: number }
  | { kind: 'retry'; error: SyncError; retryAfter?: number };

const SinceSchema = z.object({ day: z.iso.date() }).strict();

export class SyncService {
  private readonly outbox: Outbox;
  /** One operation at a time: syncNow and a scheduled flush together never POST a day twice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SyncDeps) {
    this.outbox = new Outbox(deps.db, (m) => this.warn(m));
  }

  /**
   * Builds and queues reports for finished days (before `today`) that are on or after the
   * consent day, at most MAX_BACKFILL_DAYS back, have local data, and are neither queued nor
   * sent. Returns how many were queued.
   */
  enqueueFinishedDays(today: string): Promise<number> {
    return this.serial(() => this.enqueue(z.iso.date().parse(today)));
  }

  /** POSTs every due report once. */
  flush(): Promise<FlushResult> {
    return this.serial(() => this.send());
  }

  /** The options page's "Sync now": queue finished days, then send everything due. */
  syncNow(): Promise<SyncStatus> {
    return this.serial(async () => {
      await this.enqueue(this.deps.today());
      const run = await this.send();
      const now = await this.summary();
      const lastError = run.lastError ?? now.lastError;
      return { ...now, sent: run.sent, failed: run.failed, ...(lastError ? { lastError } : {}) };
    });
  }

  status(): Promise<SyncStatus> {
    return this.serial(() => this.summary());
  }

  private async enqueue(today: string): Promise<number> {
    const gate = await this.gate();
    if (gate.state !== 'on') return 0;
    const since = await this.since(gate.config, today);
    const last = addDays(today, -1);
    const earliest = addDays(today, -MAX_BACKFILL_DAYS);
    const first = since > earliest ? since : earliest;
    if (first > last) return 0;

    const rollups = await this.rollups(addDays(first, -(ADOPTION_WINDOW_DAYS - 1)), last);
    const known = await this.outbox.knownDays();
    const days = rollups.map((r) => r.day).filter((d) => d >= first && d <= last && !known.has(d));
    if (days.length === 0) return 0;

    const secret = await reportSecret(this.deps.db, this.deps.randomBytes, (m) => this.warn(m));
    const tipIds = new Set(this.deps.tipIds());
    const reports: DailyReport[] = [];
    for (const day of days) {
      try {
        const opts = { secret, hmac: this.deps.hmac, tipIds, warn: (m: string) => this.warn(m) };
        reports.push(await buildReport(day, rollups, gate.cohort !== undefined ? { ...opts, cohort: gate.cohort } : opts));
      } catch (error) {
        // The day stays unqueued and is tried again next time; other days go ahead.
        this.warn(`Report for ${day} not built: ${messageOf(error)}`);
      }
    }
    const added = await this.outbox.enqueue(reports, this.deps.now());
    await this.outbox.pruneSent(addDays(today, -SENT_LOG_DAYS));
    return added.length;
  }

  private async send(): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, failed: 0, retrying: 0 };
    const gate = await this.gate();
    if (gate.state !== 'on') {
      if (gate.error) result.lastError = gate.error;
      return result;
    }
    const due = await this.outbox.due(this.deps.now());
    for (const row of due) {
      const outcome = await this.post(gate, row.report);
      const now = this.deps.now();
      if (outcome.kind === 'sent' || outcome.kind === 'duplicate') {
        await this.outbox.settle(row.day, outcome.kind, now);
        result.sent++;
        continue;
      }
      result.lastError = outcome.error;
      if (outcome.kind === 'rejected') {
        await this.outbox.settle(row.day, 'rejected', now, outcome.error);
        result.failed++;
        continue;
      }
      await this.retryLater(row, outcome, now);
      result.retrying++;
      // A refused token refuses every report: the others wait for the next round.
      if (outcome.kind === 'auth') break;
    }
    return result;
  }

  private async retryLater(row: OutboxRow, outcome: { error: SyncError; retryAfter?: number }, now: Date): Promise<void> {
    const attempts = row.attempts + 1;
    const delay = outcome.retryAfter ?? backoffDelayMs(attempts, this.deps.random);
    await this.outbox.reschedule(row.day, attempts, new Date(now.getTime() + delay), outcome.error);
  }

  private async post(gate: Extract<Gate, { state: 'on' }>, report: DailyReport): Promise<Outcome> {
    const body = JSON.stringify(report);
    if (body.length > MAX_REPORT_BYTES) return { kind: 'rejected', error: { code: 'too_large', day: report.day } };
    const timeoutMs = this.deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const timer = this.deps.timer ?? GLOBAL_TIMER;
    const controller = new AbortController();
    // Raced as well as signalled: a fetch that ignores its signal still can't hold the queue.
    let onTimeout: () => void = () => undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      onTimeout = () => resolve('timeout');
    });
    const handle = timer.set(() => {
      onTimeout();
      controller.abort(new Error('request timed out'));
    }, timeoutMs);
    let response: SyncResponse;
    try {
      const answer = await Promise.race([
        this.deps.fetch(gate.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${gate.config.enrollmentToken}`, 'content-type': 'application/json' },
          body,
          credentials: 'omit',
          redirect: 'error',
          cache: 'no-store',
          signal: controller.signal,
        }),
        timedOut,
      ]);
      if (answer === 'timeout') throw new RequestTimeout(timeoutMs);
      response = answer;
    } catch (error) {
      if (error instanceof RequestTimeout || controller.signal.aborted) {
        return { kind: 'retry', error: { code: 'timeout', seconds: Math.round(timeoutMs / MS_PER_SECOND) } };
      }
      return { kind: 'retry', error: { code: 'network', detail: messageOf(error) } };
    } finally {
      timer.clear(handle);
    }
    const { status } = response;
    if (status >= HTTP_OK_MIN && status <= HTTP_OK_MAX) return { kind: 'sent' };
    if (status === HTTP_CONFLICT) return { kind: 'duplicate' };
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.deps.now());
    const after = retryAfter !== undefined ? { retryAfter } : {};
    if (status === HTTP_UNAUTHORIZED || status === HTTP_FORBIDDEN) {
      // Not this report's fault: it is kept until the admin fixes the enrollment token.
      return { kind: 'auth', error: { code: 'auth_refused', ...httpStatus(status) }, ...after };
    }
    if (status >= HTTP_CLIENT_MIN && status < HTTP_SERVER_MIN && status !== HTTP_REQUEST_TIMEOUT && status !== HTTP_TOO_MANY) {
      return { kind: 'rejected', error: { code: 'server_rejected', ...httpStatus(status), day: report.day } };
    }
    const code = status === HTTP_TOO_MANY ? 'rate_limited' : 'server_unavailable';
    return { kind: 'retry', error: { code, ...httpStatus(status) }, ...after };
  }

  private async summary(): Promise<SyncStatus> {
    const gate = await this.gate();
    const [queued, log] = await Promise.all([this.outbox.all(), this.outbox.sentLog()]);
    const delivered = log.filter((r) => r.outcome !== 'rejected');
    const rejected = log.filter((r) => r.outcome === 'rejected');
    const lastSentAt = latest(delivered.map((r) => r.at));
    const lastRejected = rejected.reduce<(typeof rejected)[number] | undefined>(
      (best, r) => (best === undefined || r.at > best.at ? r : best),
      undefined,
    );
    const nextAttemptAt = queued.length > 0 ? queued.map((r) => r.nextAttemptAt).sort()[0] : undefined;
    const queuedError = queued.find((r) => r.lastError !== undefined)?.lastError;
    // A refusal is news until a later delivery went through.
    const refusal = lastRejected && (lastSentAt === undefined || lastRejected.at > lastSentAt) ? lastRejected.error : undefined;
    const lastError = gate.state === 'misconfigured' ? gate.error : (queuedError ?? refusal);
    return {
      state: gate.state,
      sent: delivered.length,
      queued: queued.length,
      failed: rejected.length,
      ...(lastError ? { lastError } : {}),
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
      ...(lastSentAt ? { lastSentAt } : {}),
    };
  }

  /** The sync settings in force, and what to do when sync is off. */
  private async gate(): Promise<Gate> {
    const raw = await this.deps.getConfig();
    // No settings at all (no policy yet): nothing is sent, and nothing already queued is touched.
    if (raw === null) return { state: 'off' };
    const parsed = SyncConfigSchema.safeParse(raw);
    if (!parsed.success) {
      return { state: 'misconfigured', error: { code: 'misconfigured', detail: shortError(z.prettifyError(parsed.error)) } };
    }
    const config = parsed.data;
    if (!config.enabled || !config.consented) {
      await this.withdraw();
      return { state: config.enabled ? 'needs-consent' : 'off' };
    }
    let cohort: string | undefined;
    if (config.cohort !== undefined) {
      const label = reportCohort(config.cohort);
      if (label === null) {
        return { state: 'misconfigured', error: { code: 'cohort_invalid', max: MAX_COHORT_CHARS } };
      }
      cohort = label;
    }
    const url = `${config.endpoint.replace(/\/+$/, '')}${REPORTS_PATH}`;
    return cohort !== undefined ? { state: 'on', config, url, cohort } : { state: 'on', config, url };
  }

  /** Sync off or consent withdrawn: queued reports go, and the consent day is forgotten. */
  private async withdraw(): Promise<void> {
    const { db } = this.deps;
    await db.transaction('rw', db.outbox, db.meta, async () => {
      await db.outbox.clear();
      await db.meta.delete(META_KEYS.syncSince);
    });
  }

  /**
   * The first day reports may be about: the recorded consent day, else the first day sync was
   * seen on and consented (stored, so it stays put). Never earlier: no report about a day before.
   */
  private async since(config: SyncConfig, today: string): Promise<string> {
    const { db } = this.deps;
    const observed = await db.transaction('rw', db.meta, async () => {
      const row = await db.meta.get(META_KEYS.syncSince);
      const parsed = row === undefined ? undefined : SinceSchema.safeParse(row.value);
      if (parsed?.success) return parsed.data.day;
      await db.meta.put({ key: META_KEYS.syncSince, value: { day: today } });
      return today;
    });
    return config.consentDay ?? observed;
  }

  private async rollups(from: string, to: string): Promise<DayRollup[]> {
    const rows: unknown[] = await this.deps.db.days.where('day').between(from, to, true, true).toArray();
    return rows.flatMap((row) => {
      const parsed = DayRollupSchema.safeParse(row);
      if (parsed.success) return [parsed.data];
      this.warn(`Skipped an unreadable rollup: ${z.prettifyError(parsed.error)}`);
      return [];
    });
  }

  private warn(message: string): void {
    this.deps.warn?.(message);
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

class RequestTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'RequestTimeout';
  }
}

function latest(values: readonly string[]): string | undefined {
  return values.reduce<string | undefined>((best, v) => (best === undefined || v > best ? v : best), undefined);
}

/** A status as the error carries it (a fetch double may answer with anything; only real ones are kept). */
function httpStatus(status: number): { status?: number } {
  return Number.isInteger(status) && status >= HTTP_STATUS_MIN && status <= HTTP_STATUS_MAX ? { status } : {};
}

function messageOf(error: unknown): string {
  return shortError(error instanceof Error ? error.message : String(error));
}
