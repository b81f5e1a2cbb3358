/**
 * Privacy, proved: pages full of identifying data go through the real path (CoachService ->
 * UsageStore on IndexedDB -> rollups -> buildReport / SyncService POST), and nothing of it comes
 * out. Every string in a report is an enum value, a date, the hex key, the cohort or a playbook
 * tip id.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { policyView } from '../support/policy';
import { z } from 'zod';
import { CoachService, type KeyValueStore } from '../../lib/coach/service';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { APP_IDS, type PageContext } from '../../lib/sites/types';
import { buildReport } from '../../lib/sync/build';
import { PAGE_CATEGORIES, type DailyReport } from '../../lib/sync/report';
import { webCryptoHmac } from '../../lib/sync/secret';
import { SyncService } from '../../lib/sync/sync';
import { LastmileDb } from '../../lib/usage/db';
import { localDay } from '../../lib/usage/day';
import { addDays } from '../../lib/usage/habits/calendar';
import { UsageStore } from '../../lib/usage/store';

const HOUR = 3_600_000;
const ZONE = 'Europe/Berlin';
const START = Date.parse('2026-11-23T09:00:00Z');
const COHORT = 'sales-emea';

/** Identifying data a page could hold. None of it may leave the device, in any case. */
const CANARIES = [
  '0065g00000AbCdEAAR',
  '0065g00000abcdeaar',
  'Acme Renewal',
  'acme-renewal',
  'Jane Doe',
  'jane.doe@acme.com',
  'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAR/view',
  'acme.lightning.force.com',
  'ACME-4711',
  'Quarterly pricing for Acme',
];

class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();
  async get(key: string) {
    return structuredClone(this.data.get(key));
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
}

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const playbook = loadBundledPlaybook();
const tipIds = new Set(playbook.map((t) => t.id));
const hmac = webCryptoHmac(globalThis.crypto.subtle);
const SECRET = new Uint8Array(32).fill(42);
const VIEW = policyView();

function setup() {
  const db = new LastmileDb({ indexedDB: new IDBFactory(), IDBKeyRange }, 'privacy-test');
  opened.push(db);
  let now = START;
  const store = new UsageStore(db, { now: () => new Date(now) });
  const coach = new CoachService({
    store: new MemoryStore(),
    sink: store,
    now: () => new Date(now),
    timeZone: () => ZONE,
    policy: async () => VIEW,
  });
  return { db, store, coach, now: () => now, advance: (ms: number) => (now += ms) };
}

type Env = ReturnType<typeof setup>;

const PAGES: PageContext[] = [
  { app: 'salesforce', page: 'record', object: 'Acme Renewal', recordId: '0065g00000AbCdEAAR' },
  { app: 'jira', page: 'issue', object: 'Quarterly pricing for Acme', recordId: 'ACME-4711' },
  { app: 'gmail', page: 'thread', object: 'Jane Doe', recordId: 'jane.doe@acme.com' },
  { app: 'gmail', page: 'compose' },
  { app: 'salesforce', page: 'list', object: 'Opportunity' },
];

/** One working day: every page visited, tips shown and used, and free fields stuffed with canaries. */
async function workDay(env: Env, day: number): Promise<void> {
  for (const context of PAGES) {
    const { offer } = await env.coach.visit(context);
    env.advance(60_000);
    const tipId = offer?.tipId ?? 'sf-unknown';
    const base = { app: context.app, page: context.page, tipId };
    await env.coach.record({ ...base, type: 'card_opened', viewId: '0065g00000AbCdEAAR' });
    await env.coach.record({ ...base, type: 'prompt_copied', viewId: '0065g00000AbCdEAAR' });
    await env.coach.record({ ...base, type: 'ai_opened', viewId: '0065g00000AbCdEAAR', toolId: 'chatgpt' });
    await env.coach.record({ ...base, type: 'marked_used', viewId: '0065g00000AbCdEAAR' });
    await env.coach.record({ ...base, type: day % 2 === 0 ? 'helpful' : 'not_helpful' });
    // A buggy or hostile content script: identifying text where names belong.
    await env.coach.record({ type: 'helpful', app: context.app, page: 'Acme Renewal', tipId: 'jane.doe@acme.com' });
    await env.coach.record({ type: 'dismissed', app: context.app, page: '0065g00000AbCdEAAR', tipId: 'acme-renewal' });
    await env.coach.record({ type: 'tip_shown', app: context.app, page: 'Jane Doe', tipId: '0065g00000abcdeaar' });
    await env.coach.record({
      type: 'card_opened',
      app: context.app,
      page: 'record',
      tipId: CANARIES[6]?.slice(0, 64),
      viewId: 'ACME-4711-acme',
    });
    await env.coach.record({ type: 'ai_prompt', toolId: 'acme-renewal' });
    env.advance(10 * 60_000);
  }
  await env.coach.record({ type: 'manual_log' });
}

/** Each string in the report, with the key that holds it. */
function strings(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const allowed: Record<string, (s: string) => boolean> = {
  day: (s) => z.iso.date().safeParse(s).success,
  dedupeKey: (s) => /^[0-9a-f]{64}$/.test(s),
  cohort: (s) => s === COHORT,
  app: (s) => (APP_IDS as readonly string[]).includes(s),
  category: (s) => (PAGE_CATEGORIES as readonly string[]).includes(s),
  tipId: (s) => tipIds.has(s),
};

function expectClean(report: DailyReport): void {
  const json = JSON.stringify(report);
  for (const canary of CANARIES) {
    expect(json).not.toContain(canary);
    expect(json.toLowerCase()).not.toContain(canary.toLowerCase());
  }
  expect(json).not.toMatch(/@|:\/\/|\s/);
  const found = strings(report);
  expect(found.length).toBeGreaterThan(0);
  for (const { key, value } of found) {
    const check = allowed[key];
    expect(check, `unexpected string field "${key}"`).toBeDefined();
    expect(check?.(value), `${key}: "${value}"`).toBe(true);
  }
}

describe('report privacy (canaries)', () => {
  it('reports built from real rollups contain none of the page data, only allowed strings', async () => {
    const env = setup();
    const days: string[] = [];
    for (let d = 0; d < 4; d++) {
      days.push(localDay(new Date(env.now()), ZONE));
      await workDay(env, d);
      env.advance(24 * HOUR - 5 * 11 * 60_000);
    }
    const rollups = await env.store.rollups();
    expect(rollups.map((r) => r.day)).toEqual(days);

    for (const day of days) {
      const report = await buildReport(day, rollups, { secret: SECRET, hmac, tipIds, cohort: COHORT });
      // The day was really reported on: rows, tip uses, helpful taps and adoption are there.
      expect(report.rows.length).toBeGreaterThan(0);
      expect(report.tipUses.length).toBeGreaterThan(0);
      expect(report.rows.some((r) => r.helpful + r.notHelpful > 0)).toBe(true);
      expect(report.rows.some((r) => r.recordVisits > 0)).toBe(true);
      expect(report.adoption.length).toBeGreaterThan(0);
      expectClean(report);
    }
  });

  it('what the sync service actually POSTs is just as clean', async () => {
    const env = setup();
    const first = localDay(new Date(env.now()), ZONE);
    for (let d = 0; d < 3; d++) {
      await workDay(env, d);
      env.advance(24 * HOUR - 5 * 11 * 60_000);
    }
    const bodies: string[] = [];
    const sync = new SyncService({
      db: env.db,
      now: () => new Date(env.now()),
      today: () => localDay(new Date(env.now()), ZONE),
      random: () => 0.5,
      randomBytes: (n) => new Uint8Array(n).fill(7),
      hmac,
      tipIds: () => tipIds,
      getConfig: async () => ({
        enabled: true,
        endpoint: 'https://lastmile.example.com',
        enrollmentToken: 'enrol-0123456789abcdef',
        cohort: 'Sales-EMEA',
        consented: true,
        consentDay: first,
      }),
      fetch: async (_url, init) => {
        bodies.push(init.body);
        return { status: 201, headers: { get: () => null } };
      },
    });
    const status = await sync.syncNow();
    expect(status).toMatchObject({ sent: 3, queued: 0, failed: 0 });
    expect(bodies).toHaveLength(3);
    for (const body of bodies) expectClean(JSON.parse(body) as DailyReport);
    expect(bodies.map((b) => (JSON.parse(b) as DailyReport).day)).toEqual([first, addDays(first, 1), addDays(first, 2)]);
  });
});
