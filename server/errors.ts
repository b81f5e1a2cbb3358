/** The one error shape every endpoint returns: `{ error: { code, message, path?, issues? } }`. */
import type { z } from 'zod';
import type { ErrorBody, ErrorCode, Issue } from './api/contract';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    readonly issues?: Issue[],
    /** Seconds, for 429. */
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
