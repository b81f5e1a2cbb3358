import { describe, expect, it } from 'vitest';
import { CoachService, STORAGE_KEYS, type KeyValueStore } from '../../lib/coach/service';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';
import { MemoryUsageSink } from '../../lib/usage/events';
import type { PageContext } from '../../lib/sites/types';

const OPPORTUNITY: PageContext = {
  app: 'salesforce',
  page: 'record',
  object: 'Opportunity',
  recordId: '0065g00000AbCdEAAR',
};

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  async get(key: string) {
    return structuredClone(this.data.get(key));
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
}

function setup(store = new MemoryStore(), start = new Date('2026-11-23T15:00:00Z')) {
  let now = start;
  const sink = new MemoryUsageSink();
  const warnings: string[] = [];
  const service = new CoachService({
    store,
    sink,
    now: () => now,
    timeZone: () => 'Europe/Berlin',
    tips: () => loadBundledPlaybook(),
    tools: () => DEFAULT_AI_TOOLS,
    warn: (m) => warnings.push(m),
  });
  return { service, store, sink, warnings, advance: (hours: number) => (now = new Date(now.getTime() + hours * 3_600_000)) };
}

describe('CoachService', () => {
  it('offers a Salesforce Opportunity tip and records it as shown', async () => {
    const { service, sink } = setup();
    const offer = await service.offer(OPPORTUNITY);
    expect(offer).not.toBeNull();
    expect(offer!.count).toBeGreaterThanOrEqual(1);
    const events = await sink.list();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'tip_shown', app: 'salesforce', tipId: offer!.tipId, timeZone: 'Europe/Berlin' });
    expect(events[0]!.at).toBe('2026-11-23T15:00:00.000Z');
  });

  it('offers nothing where no tip applies', async () => {
    const { service } = setup();
    expect(await service.offer({ app: 'salesforce', page: 'setup' })).toBeNull();
  });

  it('"Don\'t show again" survives a restart of the worker (state is in the store)', async () => {
    const first = setup();
    const offer = (await first.service.offer(OPPORTUNITY))!;
    await first.service.record({ type: 'dont_show', app: 'salesforce', page: 'record', tipId: offer.tipId });
    const second = setup(first.store);
    const again = await second.service.offer(OPPORTUNITY);
    expect(again?.tipId).not.toBe(offer.tipId);
    const { tips } = await second.service.tipsFor(OPPORTUNITY);
    expect(tips.map((t) => t.id)).not.toContain(offer.tipId);
  });

  it('snoozing an app hides its tips for a day', async () => {
    const { service, advance } = setup();
    await service.record({ type: 'snoozed', app: 'salesforce', page: 'record' });
    expect(await service.offer(OPPORTUNITY)).toBeNull();
    advance(25);
    expect(await service.offer(OPPORTUNITY)).not.toBeNull();
  });

  it('refuses malformed events with a reason naming the field, and stores nothing', async () => {
    const { service, sink } = setup();
    await expect(service.record({ type: 'tip_shown', app: 'myspace', page: 'record' })).rejects.toThrow(/app/);
    await expect(service.record({ type: 'marked_used', app: 'jira', page: 'issue', url: 'https://x' })).rejects.toThrow(
      /url/,
    );
    expect(await sink.list()).toHaveLength(0);
  });

  it('builds tool launches only for approved tools and remembers the choice', async () => {
    const { service, store } = setup();
    const launch = await service.openTool('claude', 'Summarise this');
    expect(launch).toEqual({ url: 'https://claude.ai/new?q=Summarise%20this', copyFirst: false });
    expect(store.data.get(STORAGE_KEYS.prefs)).toEqual({ toolId: 'claude' });
    expect((await service.tipsFor(OPPORTUNITY)).toolId).toBe('claude');
    await expect(service.openTool('evil', 'x')).rejects.toThrow(/evil/);
  });

  it('keeps the valid parts of corrupted stored state and says what it dropped', async () => {
    const store = new MemoryStore();
    store.data.set(STORAGE_KEYS.tipState, { dismissedForever: 'not-a-list', usedCount: { 'x-tip': 2 } });
    store.data.set(STORAGE_KEYS.prefs, { toolId: 42 });
    const { service, warnings } = setup(store);
    expect(await service.offer(OPPORTUNITY)).not.toBeNull();
    expect((await service.tipsFor(OPPORTUNITY)).toolId).toBe('chatgpt');
    expect(warnings.join('\n')).toMatch(/dismissedForever/);
    expect(warnings.join('\n')).toMatch(/preferences/);
  });

  it('serialises concurrent writes so no update is lost', async () => {
    const { service, store } = setup();
    const { tips } = await service.tipsFor(OPPORTUNITY);
    const ids = tips.slice(0, 2).map((t) => t.id);
    await Promise.all(ids.map((tipId) => service.record({ type: 'dont_show', app: 'salesforce', page: 'record', tipId })));
    const saved = store.data.get(STORAGE_KEYS.tipState) as { dismissedForever: string[] };
    expect([...saved.dismissedForever].sort()).toEqual([...ids].sort());
  });
});
