/**
 * The node:http listener main.ts serves. POST /api/v1/reports (nearly all traffic: one per employee
 * per day) is answered right here through IngestEndpoint, the same checks and answers as the Hono
 * route, without building Web Request/Response objects and streams per report (that path cost
 * ~150 µs of CPU per request, more than the write). Everything else goes to Hono unchanged.
 *
 * Privacy as in app.ts: nothing reads or logs the client's address or user agent.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { LastmileApp } from './app';
import { HttpError, databaseUnavailable } from './errors';
import { responseHeaders, type IngestEndpoint } from './ingest/endpoint';

const REPORTS_PATH = '/api/v1/reports';

export interface ListenerOptions {
  /** Trust X-Forwarded-Proto from a TLS-terminating proxy (HSTS only over TLS). */
  trustTls: boolean;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** The two success bodies, serialised once (they are most of the traffic). */
const CREATED = JSON.stringify({ ok: true, duplicate: false });
const DUPLICATE = JSON.stringify({ ok: true, duplicate: true });
/** Success headers per (TLS, origin), built once: the same few origins send nearly every request. */
const successHeaders = new Map<string, { created: Record<string, string | number>; duplicate: Record<string, string | number> }>();
/** Bounds the cache (with no allow-list configured any extension origin passes). */
const MAX_CACHED_ORIGINS = 1000;

function successHeadersFor(https: boolean, origin: string | undefined): { created: Record<string, string | number>; duplicate: Record<string, string | number> } {
  const key = `${https ? 's' : 'p'}${origin === undefined ? '' : `:${origin}`}`;
  let h = successHeaders.get(key);
  if (h === undefined) {
    const base = { ...responseHeaders(https, origin), 'Content-Type': 'application/json' };
    h = { created: { ...base, 'Content-Length': Buffer.byteLength(CREATED) }, duplicate: { ...base, 'Content-Length': Buffer.byteLength(DUPLICATE) } };
    if (successHeaders.size >= MAX_CACHED_ORIGINS) successHeaders.clear();
    successHeaders.set(key, h);
  }
  return h;
}

/** Stateless with `fatal` and no `stream` option, so one decoder serves every request. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>, close = false): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const all: Record<string, string | number> = { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) };
  // The client may still be sending a body we will not read: end the connection after answering.
  if (close) all.Connection = 'close';
  res.writeHead(status, all);
  res.end(text);
}

/** The same error answers as app.ts's onError. */
function sendError(res: ServerResponse, thrown: unknown, headers: Record<string, string>, close: boolean): void {
  const unavailable = databaseUnavailable(thrown);
  const err = unavailable ?? thrown;
  if (unavailable !== undefined && thrown instanceof Error) {
    console.error(`lastmile server: ${unavailable.code}: ${thrown.message}`);
  }
  if (err instanceof HttpError) {
    const h = err.retryAfter !== undefined ? { ...headers, 'Retry-After': String(err.retryAfter) } : headers;
    send(res, err.status, err.body(), h, close);
    return;
  }
  // Class and message only: never the request.
  const e = err instanceof Error ? err : new Error(String(err));
  console.error(`lastmile server: internal error: ${e.name}: ${e.message}`);
  send(res, 500, { error: { code: 'internal', message: 'internal error' } }, headers, close);
}

/** Reads at most `max` bytes of the body; 413 as soon as more arrives; 400 for invalid UTF-8. */
function readBody(req: IncomingMessage, ingest: IngestEndpoint): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (err: HttpError | undefined): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (err !== undefined) {
        // Stop reading: the rest of an oversized body is never buffered.
        req.pause();
        reject(err);
        return;
      }
      const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, total);
      try {
        resolve(UTF8.decode(bytes));
      } catch {
        reject(new HttpError(400, 'invalid_json', 'body is not valid UTF-8'));
      }
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > ingest.maxBytes) finish(ingest.tooLarge());
      else parts.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish(undefined));
    // Built only when the body really was cut off: 'close' follows every request, and an Error
    // (stack capture) per request was ~4 % of the server's CPU.
    const cutOff = (): void => {
      if (!done) finish(new HttpError(400, 'bad_request', 'the request body was cut off'));
    };
    req.once('error', cutOff);
    // A client gone mid-body may end the stream without 'error'; after 'end' this is a no-op.
    req.once('close', cutOff);
  });
}

async function handleReport(req: IncomingMessage, res: ServerResponse, ingest: IngestEndpoint, opts: ListenerOptions): Promise<void> {
  const origin = header(req, 'origin');
  const https = opts.trustTls && (header(req, 'x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https';
  // Like the Hono cors middleware: a refused origin gets no CORS headers; everything after does.
  let corsOrigin: string | undefined;
  let bodyRead = false;
  try {
    ingest.checkOrigin(origin);
    corsOrigin = origin;
    const token = await ingest.authenticate(header(req, 'authorization'));
    ingest.requireJson(header(req, 'content-type'));
    ingest.checkDeclaredLength(header(req, 'content-length'));
    const text = await readBody(req, ingest);
    bodyRead = true;
    const answer = await ingest.accept(token, text);
    const h = successHeadersFor(https, corsOrigin);
    if (answer.body.duplicate) {
      res.writeHead(answer.status, h.duplicate);
      res.end(DUPLICATE);
    } else {
      res.writeHead(answer.status, h.created);
      res.end(CREATED);
    }
  } catch (err) {
    sendError(res, err, responseHeaders(https, corsOrigin), !bodyRead && !req.readableEnded);
  }
}

/** POST /api/v1/reports on the fast path, the rest through Hono. */
export function createListener(built: Pick<LastmileApp, 'app' | 'ingest'>, opts: ListenerOptions): RequestListener {
  const hono = getRequestListener(built.app.fetch);
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method === 'POST' && (url === REPORTS_PATH || url.startsWith(`${REPORTS_PATH}?`))) {
      void handleReport(req, res, built.ingest, opts);
      return;
    }
    void hono(req, res);
  };
}
