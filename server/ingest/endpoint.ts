/**
 * POST /api/v1/reports, transport-free: the checks in order (origin, token, rate limit, content
 * type, body size, JSON, schema, day, tip ids) and the queued write. The Hono route (app.request,
 * tests) and the raw node:http fast path (server/node.ts, what main.ts serves) both call these, so
 * both give the same answers; only reading the body differs.
 */
import { DailyReportSchema, MAX_REPORT_BYTES, type DailyReport } from '../../lib/sync/report';
import { MS_PER_DAY, addDays, dayOf, dayToMs } from '../days';
import { HttpError } from '../errors';
import { EXTENSION_ORIGIN, HSTS, SECURITY_HEADERS } from '../security/headers';
import type { FixedWindowLimiter } from '../security/rate-limit';
import type { TipIdCache } from '../store/policy';
import type { ActiveToken, TokenResolver } from '../store/tokens';
import { isPlainValidReport } from './fast-report';
import type { IngestQueue } from './store';

/** Reports about days older than this are refused (the extension sends within days). */
export const MAX_REPORT_AGE_DAYS = 35;
/** A report's day may be at most this far past today in UTC: "tomorrow" covers UTC+14. */
export const MAX_FUTURE_DAYS = 1;

const BEARER = /^Bearer ([\x21-\x7e]{16,512})$/;
const JSON_TYPE = /^application\/json\s*(;|$)/i;
const DECIMAL = /^\d+$/;

export interface Answer {
  status: 200 | 201;
  body: { ok: true; duplicate: boolean };
}

export interface IngestDeps {
  tokens: TokenResolver;
  tipIds: TipIdCache;
  limiter: FixedWindowLimiter;
  queue: IngestQueue;
  /** Exact extension origins allowed; empty = any extension origin. */
  allowedOrigins: ReadonlySet<string>;
  now: () => number;
}

export class IngestEndpoint {
  readonly maxBytes = MAX_REPORT_BYTES;

  /** The accepted days for the UTC day containing `from`..`until` (three Date round trips per report otherwise). */
  private window = { from: 0, until: 0, earliest: '', latest: '' };

  constructor(private readonly d: IngestDeps) {}

  private dayWindow(now: number): { earliest: string; latest: string } {
    const w = this.window;
    if (now >= w.from && now < w.until) return w;
    const today = dayOf(now);
    const from = dayToMs(today);
    this.window = { from, until: from + MS_PER_DAY, earliest: addDays(today, -MAX_REPORT_AGE_DAYS), latest: addDays(today, MAX_FUTURE_DAYS) };
    return this.window;
  }

  originAllowed(origin: string): boolean {
    return this.d.allowedOrigins.size > 0 ? this.d.allowedOrigins.has(origin) : EXTENSION_ORIGIN.test(origin);
  }

  /** 403 for a browser origin that is not an extension (web pages may not post reports). */
  checkOrigin(origin: string | undefined): void {
    if (origin !== undefined && !this.originAllowed(origin)) {
      throw new HttpError(403, 'forbidden', 'this API answers browser extensions only (origin not allowed)');
    }
  }

  /** The token's org, or 401; then one request off the token's rate limit, or 429. */
  async authenticate(authorization: string | undefined): Promise<ActiveToken> {
    const secret = BEARER.exec(authorization ?? '')?.[1];
    const token = secret === undefined ? undefined : await this.d.tokens.resolve(secret);
    if (token === undefined) throw new HttpError(401, 'unauthorized', 'missing, unknown or revoked enrollment token');
    const rate = this.d.limiter.take(token.tokenId);
    if (!rate.ok) throw new HttpError(429, 'rate_limited', 'too many requests for this token', undefined, undefined, rate.retryAfterSeconds);
    return token;
  }

  requireJson(contentType: string | undefined): void {
    if (!JSON_TYPE.test(contentType ?? '')) {
      throw new HttpError(415, 'unsupported_media_type', 'Content-Type must be application/json');
    }
  }

  /** 413 (or 400 for a malformed header) on the declared length alone, before any byte is read. */
  checkDeclaredLength(declared: string | undefined): void {
    if (declared === undefined) return;
    if (!DECIMAL.test(declared)) throw new HttpError(400, 'bad_request', 'Content-Length is not a number');
    if (Number(declared) > this.maxBytes) throw this.tooLarge();
  }

  tooLarge(): HttpError {
    return new HttpError(413, 'body_too_large', `body larger than ${this.maxBytes} bytes`);
  }

  /** zod's verdict: the report, or 400 naming every issue. */
  private parse(raw: unknown): DailyReport {
    const parsed = DailyReportSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const path = first?.path.map(String).join('.') ?? '';
      throw new HttpError(
        400,
        'invalid_report',
        `report: ${first?.message ?? 'invalid'}${path ? ` at "${path}"` : ''}`,
        path,
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      );
    }
    return parsed.data;
  }

  /** Parses, validates and queues one report; resolves once its batch has committed. */
  async accept(token: ActiveToken, text: string): Promise<Answer> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', 'body is not valid JSON');
    }
    // The plain valid case skips zod (see fast-report.ts); zod alone decides everything else.
    const report = isPlainValidReport(raw) ? raw : this.parse(raw);
    const window = this.dayWindow(this.d.now());
    if (report.day > window.latest) {
      throw new HttpError(400, 'day_in_future', `day ${report.day} has not started anywhere yet`, 'day');
    }
    if (report.day < window.earliest) {
      throw new HttpError(400, 'day_too_old', `day ${report.day} is more than ${MAX_REPORT_AGE_DAYS} days old`, 'day');
    }
    const known = await this.d.tipIds.get(token.orgId);
    const unknownAt = report.tipUses.findIndex((t) => !known.has(t.tipId));
    if (unknownAt >= 0) {
      throw new HttpError(400, 'unknown_tip', `unknown tip id "${report.tipUses[unknownAt]?.tipId ?? ''}"`, `tipUses.${unknownAt}.tipId`);
    }
    const outcome = await this.d.queue.submit(token.orgId, report);
    return outcome === 'created' ? { status: 201, body: { ok: true, duplicate: false } } : { status: 200, body: { ok: true, duplicate: true } };
  }
}

/** The headers every answer carries (app.ts sets the same through middleware). */
export function responseHeaders(https: boolean, origin: string | undefined): Record<string, string> {
  const h: Record<string, string> = { ...SECURITY_HEADERS };
  if (https) h['Strict-Transport-Security'] = HSTS;
  if (origin !== undefined) {
    h['Access-Control-Allow-Origin'] = origin;
    h['Access-Control-Expose-Headers'] = 'ETag, Retry-After';
    h.Vary = 'Origin';
  }
  return h;
}
