/**
 * The demo usage the screenshots are taken with (test/support/demo-usage.ts), written through the
 * real UsageStore on fake-indexeddb: valid events, deterministic, three months with a heatmap worth
 * showing, tips that graduate like the matcher's, and rollups that agree with the generator.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { GRADUATE_AFTER_USES } from '../../lib/playbook/state';
import { LastmileDb } from '../../lib/usage/db';
import { UsageEventSchema } from '../../lib/usage/events';
import { summarizeHabits } from '../../lib/usage/habits/summary';
import { DEFAULT_HABIT_SETTINGS } from '../../lib/usage/settings';
import { UsageStore } from '../../lib/usage/store';
import { DEMO_USAGE_DAYS, demoUsage, recordDemoUsage } from '../support/demo-usage';

/** The screenshots' clock (test/e2e/screenshots.e2e.ts). */
const NOW = new Date('2026-11-19T15:30:00Z');
const ZONE = 'UTC';

const opened: LastmileDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('demo usage', () => {
  it('is deterministic and made of valid events, all before now and on their local day', () => {
    const a = demoUsage({ now: NOW, timeZone: ZONE });
    const b = demoUsage({ now: NOW, timeZone: ZONE });
    expect(b).toEqual(a);
    for (const e of a.events) {
      expect(UsageEventSchema.safeParse(e).success).toBe(true);
      expect(e.at <= NOW.toISOString()).toBe(true);
    }
    const days = [...new Set(a.events.map((e) => e.day))].sort();
    expect(days.length).toBeGreaterThan(0);
    expect(a.activeDays.at(-1)).toBe('2026-11-19');
  });

  it('fills at least 60 of the last 91 days, and a tip is opened in at most GRADUATE_AFTER_USES sittings', () => {
    const u = demoUsage({ now: NOW, timeZone: ZONE });
    expect(u.activeDays.length).toBeGreaterThanOrEqual(60);
    expect(u.activeDays.length).toBeLessThanOrEqual(DEMO_USAGE_DAYS);
    const sittings = new Map<string, number>();
    for (const e of u.events) if (e.type === 'card_opened' && e.tipId) sittings.set(e.tipId, (sittings.get(e.tipId) ?? 0) + 1);
    expect(sittings.size).toBeGreaterThan(10);
    expect(Math.max(...sittings.values())).toBeLessThanOrEqual(GRADUATE_AFTER_USES);
  });

  it('keeps today empty before the working day starts, in any zone', () => {
    const early = new Date('2026-11-19T06:00:00Z');
    const u = demoUsage({ now: early, timeZone: 'Europe/Berlin', days: 14 });
    expect(u.activeDays).not.toContain('2026-11-19');
    expect(u.events.every((e) => e.at <= early.toISOString())).toBe(true);
  });

  it('through the real UsageStore: one rollup with AI actions per active day, and a streak to show', async () => {
    const u = demoUsage({ now: NOW, timeZone: ZONE });
    const db = new LastmileDb({ indexedDB: new IDBFactory(), IDBKeyRange }, 'demo-usage-test');
    opened.push(db);
    const warnings: string[] = [];
    const store = new UsageStore(db, { now: () => NOW, warn: (m) => warnings.push(m) });
    await recordDemoUsage(store, u);
    expect(warnings).toEqual([]);
    const rollups = await store.rollups();
    expect(rollups.filter((r) => r.aiActions > 0).map((r) => r.day)).toEqual(u.activeDays);
    expect((await store.counts()).events).toBe(u.events.length);
    const visits = rollups.reduce((n, r) => n + Object.values(r.apps).reduce((m, app) => m + app.recordVisits, 0), 0);
    expect(visits).toBe(u.visits.length);
    const summary = summarizeHabits(rollups, DEFAULT_HABIT_SETTINGS, '2026-11-19');
    expect(summary.streak.current).toBeGreaterThanOrEqual(10);
    expect(rollups.some((r) => r.informedTasks > 0)).toBe(true);
    expect(rollups.reduce((n, r) => n + r.minutesSaved, 0)).toBeGreaterThan(60);
  });
});
