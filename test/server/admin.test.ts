import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminPolicyResponseSchema,
  CSRF_HEADER,
  ErrorBodySchema,
  SessionResponseSchema,
  SettingsSchema,
  TokenCreateResponseSchema,
  TokenListResponseSchema,
} from '../../server/api/contract';
import { ADMIN_EMAIL, ENGINES, ORIGIN, adminReq, makeHarness, postReport, report, signIn, type Harness } from './harness';

async function code(res: Response): Promise<string> {
  return ErrorBodySchema.parse(await res.json()).error.code;
}

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

describe.each(ENGINES)('admin API on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs in with HttpOnly SameSite=Strict session and readable CSRF cookies', async () => {
    const s = await signIn(h);
    const session = SessionResponseSchema.parse(s.body);
    expect(session.admin.email).toBe(ADMIN_EMAIL);
    const sessionCookie = s.setCookies.find((c) => c.startsWith('lm_session=')) ?? '';
    const csrfCookie = s.setCookies.find((c) => c.startsWith('lm_csrf=')) ?? '';
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Strict/);
    expect(sessionCookie).toMatch(/; Path=\/admin/);
    expect(sessionCookie).not.toMatch(/; Secure/); // plain http in this test
    expect(csrfCookie).not.toMatch(/HttpOnly/);
    expect(csrfCookie).toContain(`lm_csrf=${session.csrfToken}`);
    // The session id is stored hashed, never as sent.
    const sid = sessionCookie.split(';')[0]?.split('=')[1] ?? '';
    const rows = await h.db.kysely.selectFrom('sessions').select('id_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id_hash)).not.toContain(sid);
    const me = await adminReq(h, s, '/admin/api/me');
    expect(me.status).toBe(200);
    expect(SessionResponseSchema.parse(await me.json()).admin.org.name).toBe('Test Org');
  });

  it('marks cookies Secure behind TLS', async () => {
    const tls = await makeHarness(engine, { trustTls: true });
    try {
      const res = await tls.req('/admin/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', origin: ORIGIN.replace('http:', 'https:') },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: 'correct horse battery staple' }),
      });
      expect(res.status).toBe(201);
      for (const c of res.headers.getSetCookie()) expect(c).toMatch(/; Secure/);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await tls.close();
    }
  });

  it('refuses a wrong password and an unknown e-mail alike (401)', async () => {
    for (const email of [ADMIN_EMAIL, 'nobody@example.test']) {
      const res = await h.req('/admin/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'wrong password' }),
      });
      expect(res.status).toBe(401);
      expect(await code(res)).toBe('invalid_credentials');
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses malformed sign-in bodies with 400', async () => {
    const res = await h.req('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'not an email', password: 'x' }),
    });
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.path).toBe('email');
  });

  it('rate-limits sign-in per account', async () => {
    const limited = await makeHarness(engine, { signInRatePerEmail: { limit: 2, windowMs: 60_000 } });
    try {
      const attempt = (password: string): Promise<Response> =>
        limited.req('/admin/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: ADMIN_EMAIL, password }),
        });
      expect((await attempt('bad one')).status).toBe(401);
      expect((await attempt('bad two')).status).toBe(401);
      const third = await attempt('correct horse battery staple');
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      limited.clock.now += 61_000;
      expect((await attempt('correct horse battery staple')).status).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('refuses state changes without the CSRF token or from another origin', async () => {
    const s = await signIn(h);
    const body = { label: 'csrf test' };
    const noToken = await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body, headers: { [CSRF_HEADER]: '' } });
    expect(noToken.status).toBe(403);
    expect(await code(noToken)).toBe('csrf');
    const wrong = await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body, headers: { [CSRF_HEADER]: 'lmc_wrong' } });
    expect(wrong.status).toBe(403);
    const crossOrigin = await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body, headers: { origin: 'https://evil.example' } });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const tokens = TokenListResponseSchema.parse(await (await adminReq(h, s, '/admin/api/tokens')).json());
    expect(tokens.tokens.map((t) => t.label)).not.toContain('csrf test');
    const ok = await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body });
    expect(ok.status).toBe(201);
  });

  it('needs a session for every admin endpoint', async () => {
    for (const path of ['/admin/api/me', '/admin/api/kpis?from=2026-03-01&to=2026-03-02', '/admin/api/tokens', '/admin/api/policy', '/admin/api/settings', '/admin/api/use-cases']) {
      const res = await h.req(path);
      expect(res.status, path).toBe(401);
      expectSecurityHeaders(res);
    }
  });

  it('signs out: the session stops working and cookies are cleared', async () => {
    const s = await signIn(h);
    const out = await adminReq(h, s, '/admin/api/session', { method: 'DELETE' });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().some((c) => c.startsWith('lm_session=;') && /Max-Age=0/.test(c))).toBe(true);
    expect((await adminReq(h, s, '/admin/api/me')).status).toBe(401);
  });

  it('expires sessions', async () => {
    const s = await signIn(h);
    h.clock.now += 13 * 60 * 60 * 1000;
    try {
      expect((await adminReq(h, s, '/admin/api/me')).status).toBe(401);
    } finally {
      h.clock.now -= 13 * 60 * 60 * 1000;
    }
  });

  it('sends security headers on admin, API and error responses', async () => {
    const s = await signIn(h);
    expectSecurityHeaders(await adminReq(h, s, '/admin/api/me'));
    expectSecurityHeaders(await h.req('/healthz'));
    expectSecurityHeaders(await h.req('/admin/'));
    expectSecurityHeaders(await h.req('/nowhere'));
  });

  it('creates tokens (secret once, stored hashed), lists them without secrets, revokes them', async () => {
    const s = await signIn(h);
    const created = TokenCreateResponseSchema.parse(await (await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body: { label: 'laptops' } })).json());
    expect(created.secret).toMatch(/^lme_[A-Za-z0-9_-]{43}$/);
    const listRes = await adminReq(h, s, '/admin/api/tokens');
    const listText = await listRes.clone().text();
    expect(listText).not.toContain(created.secret);
    expect(TokenListResponseSchema.parse(await listRes.json()).tokens.find((t) => t.id === created.token.id)?.revokedAt).toBeNull();
    const stored = JSON.stringify(await h.db.kysely.selectFrom('enrollment_tokens').selectAll().execute());
    expect(stored).not.toContain(created.secret);

    expect((await postReport(h, report(), { token: created.secret })).status).toBe(201);
    const revoke = await adminReq(h, s, `/admin/api/tokens/${created.token.id}`, { method: 'DELETE' });
    expect(revoke.status).toBe(200);
    expect((await revoke.json()).token.revokedAt).not.toBeNull();
    // Revocation through the API takes effect immediately (the token cache is cleared).
    const refused = await postReport(h, report(), { token: created.secret });
    expect(refused.status).toBe(401);
    expect((await adminReq(h, s, '/admin/api/tokens/nope', { method: 'DELETE' })).status).toBe(404);
  });

  it('keeps k at or above the floor', async () => {
    const s = await signIn(h);
    expect(SettingsSchema.parse(await (await adminReq(h, s, '/admin/api/settings')).json())).toEqual({ kAnonymity: 5, kFloor: 5 });
    const low = await adminReq(h, s, '/admin/api/settings', { method: 'PUT', body: { kAnonymity: 3 } });
    expect(low.status).toBe(400);
    const up = await adminReq(h, s, '/admin/api/settings', { method: 'PUT', body: { kAnonymity: 8 } });
    expect(SettingsSchema.parse(await up.json()).kAnonymity).toBe(8);
    await adminReq(h, s, '/admin/api/settings', { method: 'PUT', body: { kAnonymity: 5 } });
  });

  it('edits, validates and publishes the policy; the extension API serves it with a strong ETag', async () => {
    const s = await signIn(h);
    const none = await h.req('/api/v1/policy', { headers: { authorization: `Bearer ${h.token}` } });
    expect(none.status).toBe(404);

    const bad = await adminReq(h, s, '/admin/api/policy', {
      method: 'PUT',
      body: { orgName: '<b>Acme</b>', notes: [{ id: 'n1', app: 'salesforce', level: 'loud', text: 'hi' }], bogus: 1 },
    });
    expect(bad.status).toBe(400);
    const err = ErrorBodySchema.parse(await bad.json()).error;
    expect(err.code).toBe('invalid_policy');
    const paths = (err.issues ?? []).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['orgName', 'notes.0.level']));
    expect(err.issues?.some((i) => /bogus/.test(i.message))).toBe(true);

    const draft = { schemaVersion: 1, orgName: 'Acme', notes: [{ id: 'n1', app: 'salesforce', level: 'caution', text: 'No customer data.' }] };
    const put = AdminPolicyResponseSchema.parse(await (await adminReq(h, s, '/admin/api/policy', { method: 'PUT', body: draft })).json());
    expect(put.draft?.orgName).toBe('Acme');
    expect(put.published).toBeNull();

    const pub1 = AdminPolicyResponseSchema.parse(await (await adminReq(h, s, '/admin/api/policy/publish', { method: 'POST' })).json());
    expect(pub1.version).toBe(1);
    expect(pub1.publishedEtag).toMatch(/^"[0-9a-f]{32}"$/);

    const auth = { authorization: `Bearer ${h.token}` };
    const got = await h.req('/api/v1/policy', { headers: auth });
    expect(got.status).toBe(200);
    const etag = got.headers.get('etag');
    expect(etag).toBe(pub1.publishedEtag);
    expect(etag?.startsWith('W/')).toBe(false);
    expect((await got.json()).orgName).toBe('Acme');

    const cached = await h.req('/api/v1/policy', { headers: { ...auth, 'if-none-match': etag ?? '' } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');

    // Publishing again bumps the ETag even with the same content.
    const pub2 = AdminPolicyResponseSchema.parse(await (await adminReq(h, s, '/admin/api/policy/publish', { method: 'POST' })).json());
    expect(pub2.publishedEtag).not.toBe(pub1.publishedEtag);
    const stale = await h.req('/api/v1/policy', { headers: { ...auth, 'if-none-match': etag ?? '' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe(pub2.publishedEtag);

    expect((await h.req('/api/v1/policy')).status).toBe(401);
  });

  it('answers bad JSON and bad queries with 4xx, never 5xx', async () => {
    const s = await signIn(h);
    const badJson = await h.req('/admin/api/policy', {
      method: 'PUT',
      headers: { cookie: s.cookie, [CSRF_HEADER]: s.csrf, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
    for (const q of ['', '?from=2026-03-05&to=2026-03-01', '?from=x&to=2026-03-01', '?from=2024-01-01&to=2026-03-01', '?from=2026-03-01&to=2026-03-02&granularity=month', '?from=2026-03-01&to=2026-03-02&cohort=BAD COHORT']) {
      const res = await adminReq(h, s, `/admin/api/kpis${q}`);
      expect(res.status, q).toBe(400);
      expect(await code(res)).toBe('invalid_query');
    }
  });
});
