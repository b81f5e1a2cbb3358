/** Request-body helpers: size limits enforced on the declared length AND on the bytes read. */
import type { z } from 'zod';
import type { ErrorCode } from './api/contract';
import { HttpError, validationError } from './errors';

const DECIMAL = /^\d+$/;

/** Reads at most `max` bytes; 413 when Content-Length says more or more actually arrives. */
export async function readBodyLimited(req: Request, max: number): Promise<string> {
  const declared = req.headers.get('content-length');
  if (declared !== null) {
    if (!DECIMAL.test(declared)) throw new HttpError(400, 'bad_request', 'Content-Length is not a number');
    if (Number(declared) > max) throw tooLarge(max);
  }
  if (req.body === null) return '';
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // Stop reading: the rest of an oversized body is never buffered.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_json', 'body is not valid UTF-8');
  }
}

function tooLarge(max: number): HttpError {
  return new HttpError(413, 'body_too_large', `body larger than ${max} bytes`);
}

export function requireJson(req: Request): void {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Content-Type must be application/json');
  }
}

/** Reads, size-checks, JSON-parses and validates a body. */
export async function jsonBody<S extends z.ZodType>(req: Request, max: number, schema: S, code: ErrorCode, what: string): Promise<z.output<S>> {
  requireJson(req);
  const text = await readBodyLimited(req, max);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'body is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(code, what, parsed.error);
  return parsed.data;
}

/** Query string as a plain object (last value wins), validated. */
export function queryOf<S extends z.ZodType>(url: string, schema: S): z.output<S> {
  const raw = Object.fromEntries(new URL(url).searchParams);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError('invalid_query', 'query', parsed.error);
  return parsed.data;
}
