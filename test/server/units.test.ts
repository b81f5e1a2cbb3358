import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DailyReportSchema } from '../../lib/sync/report';
import { ErrorBodySchema, SessionResponseSchema } from '../../server/api/contract';
import { parseEnv } from '../../server/config';
import { demoReports } from '../../server/demo';
import { reportDelta } from '../../server/ingest/rollup';
import { weekSpans } from '../../server/kpi/kpis';
import { FixedWindowLimiter } from '../../server/security/rate-limit';
import { hashPassword, verifyPassword } from '../../server/security/crypto';
import { serveDashboardFile } from '../../server/static';
import { startServer } from '../../server/main';
import { report } from './harness';

describe('rollup delta', () => {
  it('counts a report once per app, merges categories and duplicate tips', () => {
    const base = report().rows[0]!;
    const d = reportDelta(
      report({
        aiActiveDay: false,
        active7d: true,
        rows: [base, { ...base, category: 'list', minutesSaved: 4 }],
        tipUses: [
          { tipId: 'sf-opp-followup', uses: 2 },
          { tipId: 'sf-opp-followup', uses: 1 },
          { tipId: 'sf-opp-call-plan', uses: 0 },
        ],
        adoption: [{ app: 'gmail', adopted: true }],
      }),
    );
    expect(d.day).toEqual({ reports: 1, ai_active: 0, active7d: 1 });
    expect(d.apps.get('salesforce')).toMatchObject({ reports: 1, minutes_saved: 10, record_visits: 8, adopted: 0 });
    expect(d.apps.get('gmail')).toMatchObject({ reports: 1, adopted: 1, minutes_saved: 0 });
    expect(d.tips.get('sf-opp-followup')).toEqual({ reports: 1, uses: 3 });
    expect(d.tips.get('sf-opp-call-plan')).toEqual({ reports: 0, uses: 0 });
  });
});

describe('demo data', () => {
  it('is valid reports only, with the small cohort present', () => {
    const reports = demoReports('2026-03-16', 14);
    expect(reports.length).toBeGreaterThan(1000);
    for (const r of reports) DailyReportSchema.parse(r);
    expect(new Set(reports.map((r) => r.dedupeKey)).size).toBe(reports.length);
    expect(reports.some((r) => r.cohort === 'legal')).toBe(true);
  });
});

describe('weeks', () => {
  it('are ISO weeks clipped to the range', () => {
    expect(weekSpans('2026-03-11', '2026-03-24').map((w) => [w.start, w.end, w.days.length])).toEqual([
      ['2026-03-11', '2026-03-15', 5],
      ['2026-03-16', '2026-03-22', 7],
      ['2026-03-23', '2026-03-24', 2],
    ]);
  });
});

describe('rate limiter', () => {
  it('allows `limit` per window and says when to retry', () => {
    let now = 1_000;
    const l = new FixedWindowLimiter({ limit: 2, windowMs: 10_000 }, () => now);
    expect(l.take('t')).toEqual({ ok: true });
    expect(l.take('t')).toEqual({ ok: true });
    expect(l.take('t')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(l.take('other')).toEqual({ ok: true });
    now += 10_000;
    expect(l.take('t')).toEqual({ ok: true });
  });
});

describe('passwords', () => {
  it('hash with a per-user salt and verify', async () => {
    const a = await hashPassword('same password');
    const b = await hashPassword('same password');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('other password', a)).toBe(false);
  });
});

describe('config', () => {
  it('refuses k below 5 and half-set admin credentials', () => {
    expect(() => parseEnv({ K_ANONYMITY: '3' })).toThrow(/K_ANONYMITY/);
    expect(() => parseEnv({ ADMIN_EMAIL: 'a@b.example' })).toThrow(/ADMIN_PASSWORD/);
    expect(parseEnv({}).PORT).toBe(8787);
  });
});

describe('dashboard static files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lm-dash-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title>');
  writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'lm-secret.txt'), 'secret');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'lm-secret.txt'), { force: true });
  });

  it('serves files and the app shell, never anything outside the folder', async () => {
    const js = await serveDashboardFile(dir, 'assets/app-123.js');
    expect(js?.headers.get('content-type')).toMatch(/javascript/);
    expect(js?.headers.get('cache-control')).toMatch(/immutable/);
    expect(await (await serveDashboardFile(dir, 'use-cases'))?.text()).toMatch(/dash/);
    expect(await serveDashboardFile(dir, '../lm-secret.txt')).toBeUndefined();
    expect(await serveDashboardFile(dir, '..%2flm-secret.txt')).toBeUndefined();
    expect(await serveDashboardFile(dir, 'missing.js')).toBeUndefined();
  });
});

describe('startServer', () => {
  it('starts with the demo org on a free port, signs in with the printed password, and closes', async () => {
    const lines: string[] = [];
    const s = await startServer({ demo: true, port: 0, sqlitePath: ':memory:', env: {}, log: (l) => lines.push(l) });
    try {
      expect(s.dashboardUrl).toBe(`${s.url}/admin/`);
      expect(lines.join('\n')).toContain(s.demo?.password ?? 'missing');
      const res = await fetch(`${s.url}/admin/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: s.demo?.email, password: s.demo?.password }),
      });
      expect(SessionResponseSchema.parse(await res.json()).admin.org.name).toBe('Acme Corp');
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const today = new Date().toISOString().slice(0, 10);
      const kpi = await fetch(`${s.url}/admin/api/kpis?from=2000-01-01&to=${today}`, { headers: { cookie } });
      expect(kpi.status).toBe(400); // more than 400 days
      expect(ErrorBodySchema.parse(await kpi.json()).error.code).toBe('invalid_query');
      const bad = await fetch(`${s.url}/api/v1/reports`, { method: 'POST', headers: { authorization: `Bearer ${s.demo?.enrollmentToken}`, 'content-type': 'application/json' }, body: '{}' });
      expect(bad.status).toBe(400);
    } finally {
      await s.close();
    }
  });
});

describe('cluster worker flags', () => {
  it('adds the larger young generation unless a semi-space size was chosen already', async () => {
    const { SEMI_SPACE_FLAG, workerExecArgv } = await import('../../server/main');
    expect(workerExecArgv(['--import', 'tsx'], undefined)).toEqual(['--import', 'tsx', SEMI_SPACE_FLAG]);
    expect(workerExecArgv(['--max-semi-space-size=32'], undefined)).toEqual(['--max-semi-space-size=32']);
    expect(workerExecArgv([], '--enable-source-maps --max_semi_space_size=8')).toEqual([]);
  });
});
