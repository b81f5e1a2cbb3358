import type { z } from 'zod';
import { CSRF_COOKIE, CSRF_HEADER, ErrorBodySchema } from '../../api/contract';

/** What the dashboard needs from `fetch`; tests inject a stub, the product passes the real one. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** One validation problem, in the server's or the shared schema's words. `path` is dot-joined ("notes.0.link"). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed request. `issues` carries per-field errors (400), `retryAfter` the rate limiter's wait in seconds (429). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly issues: readonly FieldIssue[];
  readonly retryAfter: number | undefined;
  constructor(status: number, message: string, issues: readonly FieldIssue[] = [], retryAfter?: number, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
  }
}


/** Reads one cookie by name; the CSRF cookie is deliberately readable (double-submit), the session cookie is not. */
export function readCookie(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The contract's error body, read leniently (a proxy in front of the server may answer with anything). */
function errorOf(body: unknown): { code?: string; message?: string; issues: FieldIssue[] } {
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) return { issues: [] };
  const { code, message, path, issues } = parsed.data.error;
  const list = issues ?? (path !== undefined ? [{ path, message }] : []);
  return { code, message, issues: list };
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'You are not allowed to do that.';
  if (status === 429) return 'Too many attempts. Wait a moment and try again.';
  if (status >= 500) return 'The server had a problem. Try again in a moment.';
  return `Request failed (${status})`;
}

export interface HttpOptions {
  fetch: FetchLike;
  /** Current `document.cookie` (a function so it is read fresh on every request). */
  cookies: () => string;
  /** Called when the server says the session is gone (401), so the app can show sign-in again. */
  onUnauthorized?: () => void;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Thin JSON transport. Keeps the CSRF token in memory only (never localStorage) and falls back to the
 * readable `lm_csrf` cookie after a reload. Every response body is parsed with a zod schema.
 */
export function createHttp({ fetch, cookies, onUnauthorized }: HttpOptions) {
  let csrfToken: string | undefined;

  const csrf = (): string | undefined => csrfToken ?? readCookie(cookies(), CSRF_COOKIE);

  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = csrf();
    if (STATE_CHANGING.has(method) && token) headers[CSRF_HEADER] = token;
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, "Can't reach the server. Check your connection and try again.");
    }
    const text = await res.text();
    let json: unknown = undefined;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (!res.ok) {
      const retry = Number(res.headers.get('retry-after'));
      const err = errorOf(json);
      if (res.status === 401) onUnauthorized?.();
      throw new ApiError(
        res.status,
        err.message ?? fallbackMessage(res.status),
        err.issues,
        Number.isFinite(retry) && retry > 0 ? retry : undefined,
        err.code,
      );
    }
    const parsed = schema.safeParse(res.status === 204 ? {} : json);
    if (!parsed.success) throw new ApiError(res.status, 'The server sent a response this dashboard does not understand.');
    return parsed.data;
  }

  return {
    request,
    setCsrf(token: string | undefined): void {
      csrfToken = token;
    },
    csrf,
  };
}

export type Http = ReturnType<typeof createHttp>;
