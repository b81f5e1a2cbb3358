/** The one error shape every endpoint returns: `{ error: { code, message, path?, issues? } }`. */
import type { z } from 'zod';
import type { ErrorBody, ErrorCode, Issue } from './api/contract';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    readonly issues?: Issue[],
    /** Seconds, for 429 and 503. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.path !== undefined) error.path = this.path;
    if (this.issues !== undefined && this.issues.length > 0) error.issues = this.issues;
    return { error };
  }
}

/** At most this many issues in a response: enough to fix a form, bounded for junk input. */
const MAX_ISSUES = 50;

export function issuesOf(err: z.ZodError): Issue[] {
  return err.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** A 400 naming the first offending field and listing all of them. */
export function validationError(code: ErrorCode, what: string, err: z.ZodError): HttpError {
  const issues = issuesOf(err);
  const first = issues[0];
  const where = first && first.path !== '' ? ` at "${first.path}"` : '';
  const message = first ? `${what}: ${first.message}${where}` : `${what} is invalid`;
  return new HttpError(400, code, message, first?.path, issues);
}

/** A locked database answers again within seconds; a full disk needs an operator. */
export const DB_BUSY_RETRY_SECONDS = 30;
export const DB_FULL_RETRY_SECONDS = 600;

// SQLite result codes (better-sqlite3 `code`) and PostgreSQL SQLSTATEs (pg `code`).
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE', '55P03', '57P03', '53300']);
const FULL_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR_WRITE', '53100']);

/**
 * A database that is locked or out of space is the server's condition, not the client's fault and
 * not a bug: 503 with a clear reason and Retry-After, so the extension keeps the report and retries.
 * Nothing was stored (every write is one transaction). Undefined for any other error.
 */
export function databaseUnavailable(err: unknown): HttpError | undefined {
  const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
  if (code === undefined) return undefined;
  if (BUSY_CODES.has(code)) {
    return new HttpError(503, 'db_busy', 'the database is busy (locked by another process); nothing was stored, try again later', undefined, undefined, DB_BUSY_RETRY_SECONDS);
  }
  if (FULL_CODES.has(code)) {
    return new HttpError(503, 'db_full', "the server's database is out of disk space; nothing was stored, try again later", undefined, undefined, DB_FULL_RETRY_SECONDS);
  }
  return undefined;
}
