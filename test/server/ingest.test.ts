import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_REPORT_BYTES } from '../../lib/sync/report';
import { ErrorBodySchema, IngestResponseSchema } from '../../server/api/contract';
import { revokeToken } from '../../server/store/tokens';
import { saveDraft, publishDraft } from '../../server/store/policy';
import { PolicySchema } from '../../lib/policy/schema';
import { MIN_K_ANONYMITY } from '../../server/api/contract';
import { ENGINE_TRANSPORTS, ORIGIN, dumpAll, makeHarness, newKey, postReport, rawRequest, report, type Harness } from './harness';

const EXT_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

async function errorOf(res: Response): Promise<{ code: string; message: string; path?: string | undefined }> {
  return ErrorBodySchema.parse(await res.json()).error;
}

describe.each(ENGINE_TRANSPORTS)('ingest on %s over %s', (engine, transport) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(engine, {}, MIN_K_ANONYMITY, transport);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('accepts a valid report (201) and rolls it up', async () => {
    const r = report({ cohort: 'sales' });
    const res = await postReport(h, r);
    expect(res.status).toBe(201);
    expect(IngestResponseSchema.parse(await res.json())).toEqual({ ok: true, duplicate: false });
    const day = await h.db.kysely.selectFrom('rollup_day').selectAll().where('cohort', '=', 'sales').execute();
    expect(day.map((d) => [d.day, Number(d.reports), Number(d.ai_active)])).toEqual([['2026-03-15', 1, 1]]);
    const app = await h.db.kysely.selectFrom('rollup_app').selectAll().where('cohort', '=', 'sales').execute();
    expect(app.map((a) => [a.app, Number(a.minutes_saved), Number(a.adopted)])).toEqual([['salesforce', 6, 1]]);
  });

  it('is idempotent on dedupeKey: a retry is 200 duplicate and counts once', async () => {
    const r = report({ cohort: 'retry' });
    expect((await postReport(h, r)).status).toBe(201);
    const again = await postReport(h, r);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    // Same key in parallel: exactly one is created.
    const r2 = report({ cohort: 'retry' });
    const both = await Promise.all([postReport(h, r2), postReport(h, r2)]);
    expect(both.map((b) => b.status).sort()).toEqual([200, 201]);
    const rows = await h.db.kysely.selectFrom('rollup_day').select('reports').where('cohort', '=', 'retry').execute();
    expect(rows.map((x) => Number(x.reports))).toEqual([2]);
  });

  const refusals: [string, () => { body: unknown; token?: string; headers?: Record<string, string> }, number, string][] = [
    ['an unknown field', () => ({ body: { ...report(), ip: '10.0.0.1' } }), 400, 'invalid_report'],
    ['an unknown field in a row', () => ({ body: report({ rows: [{ ...report().rows[0]!, url: 'x' } as never] }) }), 400, 'invalid_report'],
    ['a non-enum app', () => ({ body: report({ rows: [{ ...report().rows[0]!, app: 'myspace' } as never] }) }), 400, 'invalid_report'],
    ['a non-enum category', () => ({ body: report({ rows: [{ ...report().rows[0]!, category: 'secret' } as never] }) }), 400, 'invalid_report'],
    ['a day in the future', () => ({ body: report({ day: '2026-03-18' }) }), 400, 'day_in_future'],
    ['a day too old', () => ({ body: report({ day: '2026-02-01' }) }), 400, 'day_too_old'],
    ['a malformed day', () => ({ body: report({ day: '2026-3-5' }) }), 400, 'invalid_report'],
    ['an impossible day', () => ({ body: report({ day: '2026-02-30' }) }), 400, 'invalid_report'],
    ['an unknown tip id', () => ({ body: report({ tipUses: [{ tipId: 'not-a-real-tip', uses: 1 }] }) }), 400, 'unknown_tip'],
    ['invalid JSON', () => ({ body: '{"schemaVersion":1,' }), 400, 'invalid_json'],
    ['a body over 8 KB', () => ({ body: JSON.stringify({ ...report(), pad: 'x'.repeat(MAX_REPORT_BYTES) }) }), 413, 'body_too_large'],
    ['a bad token', () => ({ body: report(), token: 'lme_not-a-token-at-all-0000000000' }), 401, 'unauthorized'],
    ['no token', () => ({ body: report(), headers: { authorization: '' } }), 401, 'unauthorized'],
    ['a non-JSON content type', () => ({ body: report(), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type'],
    ['a web page origin', () => ({ body: report(), headers: { origin: 'https://evil.example' } }), 403, 'forbidden'],
  ];

  it.each(refusals)('refuses %s with a clear 4xx and leaves the DB unchanged', async (_name, make, status, code) => {
    const before = await dumpAll(h);
    const { body, token, headers } = make();
    const init: { token?: string; headers?: Record<string, string> } = {};
    if (token !== undefined) init.token = token;
    if (headers !== undefined) init.headers = headers;
    const res = await postReport(h, body, init);
    expect(res.status).toBe(status);
    const err = await errorOf(res);
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(5);
    expect(await dumpAll(h)).toEqual(before);
  });

  it('names the offending field', async () => {
    const res = await postReport(h, report({ tipUses: [{ tipId: 'nope-nope', uses: 1 }] }));
    expect((await errorOf(res)).path).toBe('tipUses.0.tipId');
    const res2 = await postReport(h, { ...report(), extra: 1 });
    expect((await errorOf(res2)).message).toMatch(/extra/);
  });

  const head = (extra: string): string =>
    `POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${h.token}\r\n${extra}\r\n`;

  it('refuses on Content-Length alone, before reading the body', async () => {
    const before = await dumpAll(h);
    if (transport === 'hono') {
      const res = await postReport(h, report(), { headers: { 'content-length': String(MAX_REPORT_BYTES + 1) } });
      expect(res.status).toBe(413);
    } else {
      // Declares one byte too many and sends a valid report: refused on the header, connection closed.
      const res = await rawRequest(h.port, head(`Content-Length: ${MAX_REPORT_BYTES + 1}\r\n`), JSON.stringify(report()));
      expect(res.status).toBe(413);
      expect(res.headers.connection).toBe('close');
      expect(ErrorBodySchema.parse(JSON.parse(res.body)).error.code).toBe('body_too_large');
    }
    expect(await dumpAll(h)).toEqual(before);
  });

  it('refuses a body that is larger than declared or grows past the limit', async () => {
    const big = JSON.stringify({ ...report(), pad: 'y'.repeat(MAX_REPORT_BYTES) });
    const before = await dumpAll(h);
    if (transport === 'hono') {
      const stream = new ReadableStream<Uint8Array>({
        start(ctrl) {
          ctrl.enqueue(new TextEncoder().encode(big));
          ctrl.close();
        },
      });
      const res = await h.req('/api/v1/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}`, 'content-length': '100' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
    } else {
      // Over HTTP/1.1 a body without Content-Length is chunked: the limit applies to the bytes read.
      const chunked = `${Buffer.byteLength(big).toString(16)}\r\n${big}\r\n0\r\n\r\n`;
      const res = await rawRequest(h.port, head('Transfer-Encoding: chunked\r\n'), chunked);
      expect(res.status).toBe(413);
      expect(res.headers.connection).toBe('close');
    }
    expect(await dumpAll(h)).toEqual(before);
  });

  it('refuses a revoked token at once', async () => {
    const { createToken } = await import('../../server/store/tokens');
    const t = await createToken(h.db.kysely, h.orgId, 'to revoke', h.clock.now);
    expect((await postReport(h, report(), { token: t.secret })).status).toBe(201);
    await revokeToken(h.db.kysely, h.orgId, t.token.id, h.clock.now);
    // The resolver caches hits for a few seconds: move past that (admin revocation clears it at once, see admin tests).
    h.clock.now += 10_000;
    const before = await dumpAll(h);
    const res = await postReport(h, report(), { token: t.secret });
    expect(res.status).toBe(401);
    expect(await dumpAll(h)).toEqual(before);
    h.clock.now -= 10_000;
  });

  it("accepts tip ids from the org's published policy", async () => {
    const tip = {
      id: 'acme-custom-tip',
      where: { app: 'salesforce' },
      title: 'Custom tip',
      why: 'Because the company wrote it.',
      prompt: 'Summarise {{recordName}} please.',
      gap: 'skill',
      minutesSaved: 3,
    };
    const body = report({ tipUses: [{ tipId: 'acme-custom-tip', uses: 2 }] });
    expect((await postReport(h, body)).status).toBe(400);
    await saveDraft(h.db.kysely, h.orgId, PolicySchema.parse({ tips: [tip] }), h.clock.now);
    await publishDraft(h.db.kysely, h.orgId, h.clock.now);
    h.clock.now += 60_000; // past the tip-id cache
    expect((await postReport(h, body)).status).toBe(201);
    h.clock.now -= 60_000;
  });

  it('answers CORS preflights for extension origins only', async () => {
    const ok = await h.req('/api/v1/reports', {
      method: 'OPTIONS',
      headers: { origin: EXT_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(EXT_ORIGIN);
    const moz = await postReport(h, report(), { headers: { origin: 'moz-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' } });
    expect(moz.status).toBe(201);
    expect(moz.headers.get('access-control-allow-origin')).toBe('moz-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b');
    const bad = await h.req('/api/v1/reports', { method: 'OPTIONS', headers: { origin: ORIGIN } });
    expect(bad.status).toBe(403);
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stores and logs no IP address or user agent', async () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) LeakyBrowser/99.1';
    const ip = '203.0.113.77';
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      }),
    );
    const writes = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    try {
      const headers = { 'user-agent': ua, 'x-forwarded-for': ip, 'x-real-ip': ip, forwarded: `for=${ip}` };
      expect((await postReport(h, report({ cohort: 'privacy' }), { headers })).status).toBe(201);
      expect((await postReport(h, { ...report(), bad: true }, { headers })).status).toBe(400);
      expect((await postReport(h, report(), { headers, token: 'lme_wrong-wrong-wrong-wrong' })).status).toBe(401);
    } finally {
      for (const s of spies) s.mockRestore();
      writes.mockRestore();
    }
    const everything = JSON.stringify(await dumpAll(h));
    expect(everything).toContain('privacy'); // the report did land
    for (const needle of [ua, 'LeakyBrowser', ip]) {
      expect(everything).not.toContain(needle);
      expect(logged.join('\n')).not.toContain(needle);
    }
  });

  it('rate-limits per token with 429 and Retry-After', async () => {
    const limited = await makeHarness(engine, { ingestRate: { limit: 3, windowMs: 60_000 } }, MIN_K_ANONYMITY, transport);
    try {
      for (let i = 0; i < 3; i++) expect((await postReport(limited, report())).status).toBe(201);
      const before = await dumpAll(limited);
      const res = await postReport(limited, report());
      expect(res.status).toBe(429);
      expect((await errorOf(res)).code).toBe('rate_limited');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await dumpAll(limited)).toEqual(before);
      limited.clock.now += 60_000;
      expect((await postReport(limited, report())).status).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('batches concurrent reports into the rollups exactly', async () => {
    const reports = Array.from({ length: 120 }, (_, i) => report({ cohort: 'batch', dedupeKey: newKey(), aiActiveDay: i % 3 === 0 }));
    const res = await Promise.all(reports.map((r) => postReport(h, r)));
    expect(res.every((r) => r.status === 201)).toBe(true);
    const row = await h.db.kysely.selectFrom('rollup_day').selectAll().where('cohort', '=', 'batch').executeTakeFirstOrThrow();
    expect([Number(row.reports), Number(row.ai_active)]).toEqual([120, 40]);
  });

  it('serves /healthz', async () => {
    const res = await h.req('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
