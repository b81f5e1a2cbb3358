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
/** A database server that went away (restart, failover) is usually back within a minute. */
export const DB_UNAVAILABLE_RETRY_SECONDS = 30;

/**
 * The connection to the database failed or died under a request (server/db/connect.ts raises it):
 * the server's condition, like a lock. `cause` is pg's own error.
 */
export class DatabaseConnectionError extends Error {
  constructor(message: string, cause: unknown) {
    super(`${message}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseConnectionError';
  }
}

// SQLite result codes (better-sqlite3 `code`) and PostgreSQL SQLSTATEs (pg `code`): 55P03 a lock
// not granted within lock_timeout, 53300 too many connections.
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE', '55P03', '53300']);
/** 57014: the statement ran past statement_timeout (and was rolled back). */
const TIMEOUT_CODES = new Set(['57014']);
const FULL_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR_WRITE', '53100']);
/**
 * The server went away: 57P01 terminated by an administrator (pg_terminate_backend, fast shutdown),
 * 57P02 crash shutdown, 57P03 starting up, class 08 connection exceptions; Node's socket errors.
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
const CONNECTION_EXCEPTION_CLASS = '08';

/**
 * A database that is locked, slow, out of space or unreachable is the server's condition, not the
 * client's fault and not a bug: 503 with a clear reason and Retry-After, so the extension keeps the
 * report and retries. Undefined for any other error. Every write is one transaction, so nothing was
 * stored; only a connection lost during the commit leaves that unknown, and the retry is then
 * recognised by its dedupe key (never counted twice).
 */
export function databaseUnavailable(err: unknown): HttpError | undefined {
  if (err instanceof DatabaseConnectionError) return unreachable();
  const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
  if (code === undefined) return undefined;
  if (BUSY_CODES.has(code)) {
    return new HttpError(503, 'db_busy', 'the database is busy (locked by another process); nothing was stored, try again later', undefined, undefined, DB_BUSY_RETRY_SECONDS);
  }
  if (TIMEOUT_CODES.has(code)) {
    return new HttpError(503, 'db_busy', 'the database did not answer in time (statement timeout); nothing was stored, try again later', undefined, undefined, DB_BUSY_RETRY_SECONDS);
  }
  if (FULL_CODES.has(code)) {
    return new HttpError(503, 'db_full', "the server's database is out of disk space; nothing was stored, try again later", undefined, undefined, DB_FULL_RETRY_SECONDS);
  }
  if (UNAVAILABLE_CODES.has(code) || code.startsWith(CONNECTION_EXCEPTION_CLASS)) return unreachable();
  return undefined;
}

function unreachable(): HttpError {
  return new HttpError(503, 'db_unavailable', 'the database is unreachable (connection refused or lost); try again later, a retry is never counted twice', undefined, undefined, DB_UNAVAILABLE_RETRY_SECONDS);
}
