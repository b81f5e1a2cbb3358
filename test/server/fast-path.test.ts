/**
 * The raw node:http path for POST /api/v1/reports (server/node.ts, what main.ts serves) answers
 * exactly like the Hono route: same statuses, bodies and headers for the same requests, and the
 * wire-level cases app.request can't express (chunked bodies, invalid UTF-8, query strings).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../../lib/sync/report';
import { ErrorBodySchema, MIN_K_ANONYMITY } from '../../server/api/contract';
import { ENGINES, makeHarness, postReport, rawRequest, report, type Harness } from './harness';

const EXT_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
/** Per-connection and per-moment headers, not part of the answer. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

async function answer(res: Response): Promise<{ status: number; body: unknown; headers: Record<string, string> }> {
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!TRANSPORT_HEADERS.has(k)) headers[k] = v;
  });
  return { status: res.status, body: await res.json(), headers };
}

describe.each(ENGINES)('the node:http fast path on %s', (engine) => {
  let hono: Harness;
  let socket: Harness;
  beforeAll(async () => {
    hono = await makeHarness(engine, { ingestRate: { limit: 12, windowMs: 60_000 } }, MIN_K_ANONYMITY, 'hono');
    socket = await makeHarness(engine, { ingestRate: { limit: 12, windowMs: 60_000 } }, MIN_K_ANONYMITY, 'socket');
  });
  afterAll(async () => {
    await hono?.close();
    await socket?.close();
  });

  it('answers like the Hono route: statuses, bodies and headers', async () => {
    const same = report({ cohort: 'parity' });
    const cases: { body: unknown; token?: (h: Harness) => string; headers?: Record<string, string> }[] = [
      { body: same, headers: { origin: EXT_ORIGIN } },
      { body: same, headers: { origin: EXT_ORIGIN } }, // duplicate
      { body: { ...report(), ip: '10.0.0.1' } },
      { body: report({ day: '2026-03-18' }), headers: { origin: EXT_ORIGIN } },
      { body: report({ tipUses: [{ tipId: 'not-a-real-tip', uses: 1 }] }) },
      { body: '{"schemaVersion":1,' },
      { body: JSON.stringify({ ...report(), pad: 'x'.repeat(MAX_REPORT_BYTES) }) },
      { body: report(), token: () => 'lme_not-a-token-at-all-0000000000' },
      { body: report(), headers: { 'content-type': 'text/plain' } },
      { body: report(), headers: { origin: 'https://evil.example' } },
      { body: report(), headers: { 'x-forwarded-proto': 'https' } },
    ];
    for (const c of cases) {
      const init = (h: Harness) => {
        const i: { token?: string; headers?: Record<string, string> } = {};
        if (c.token !== undefined) i.token = c.token(h);
        if (c.headers !== undefined) i.headers = c.headers;
        return i;
      };
      const a = await answer(await postReport(hono, c.body, init(hono)));
      const b = await answer(await postReport(socket, c.body, init(socket)));
      expect(b).toEqual(a);
    }
    // The rate limit (12 per window, 9 taken above with a valid token): same 429 and Retry-After.
    const limitA: number[] = [];
    const limitB: number[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await postReport(hono, report());
      const b = await postReport(socket, report());
      limitA.push(a.status);
      limitB.push(b.status);
      if (a.status === 429) expect(await answer(b)).toEqual(await answer(a));
    }
    expect(limitB).toEqual(limitA);
    expect(limitA).toContain(429);
  });

  it('accepts a chunked body within the limit and a query string on the path', async () => {
    socket.clock.now += 60_000; // a fresh rate-limit window
    const ok = JSON.stringify(report({ cohort: 'chunked' }));
    const head = (path: string, extra: string) =>
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${socket.token}\r\n${extra}\r\n`;
    const res = await rawRequest(socket.port, head('/api/v1/reports', 'Transfer-Encoding: chunked\r\n'), `${Buffer.byteLength(ok).toString(16)}\r\n${ok}\r\n0\r\n\r\n`);
    expect(res.status).toBe(201);
    const again = JSON.stringify(report({ cohort: 'chunked' }));
    const res2 = await rawRequest(socket.port, head('/api/v1/reports?v=1', `Content-Length: ${Buffer.byteLength(again)}\r\n`), again);
    expect(res2.status).toBe(201);
    const rows = await socket.db.kysely.selectFrom('rollup_day').select('reports').where('cohort', '=', 'chunked').execute();
    expect(rows.map((r) => Number(r.reports))).toEqual([2]);
  });

  it('refuses invalid UTF-8 with a clear 400 and keeps the connection usable', async () => {
    const bad = Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const res = await rawRequest(
      socket.port,
      `POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${socket.token}\r\nContent-Length: ${bad.length}\r\n\r\n`,
      bad,
    );
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(JSON.parse(res.body)).error).toMatchObject({ code: 'invalid_json', message: 'body is not valid UTF-8' });
    // The body was read in full, so this answer does not close the connection.
    expect(res.headers.connection).toBe('keep-alive');
    // The shared decoder is fine after a failure: the next report decodes and lands.
    const ok = JSON.stringify(report({ cohort: 'after-bad-utf8' }));
    const next = await rawRequest(
      socket.port,
      `POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${socket.token}\r\nContent-Length: ${Buffer.byteLength(ok)}\r\n\r\n`,
      ok,
    );
    expect(next.status).toBe(201);
  });

  it('leaves every other endpoint to Hono', async () => {
    const res = await socket.req('/healthz');
    expect(await res.json()).toEqual({ ok: true });
    const get = await socket.req('/api/v1/reports', { headers: { authorization: `Bearer ${socket.token}` } });
    expect(get.status).toBe(404);
    const pre = await socket.req('/api/v1/reports', { method: 'OPTIONS', headers: { origin: EXT_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
  });
});
