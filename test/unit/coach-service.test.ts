import { describe, expect, it } from 'vitest';
import { CoachService, STORAGE_KEYS, type KeyValueStore } from '../../lib/coach/service';
import { CoachTipsSchema } from '../../lib/coach/protocol';
import { ReplyError } from '../../lib/page-replies';
import type { PolicyView } from '../../lib/policy/service';
import { MemoryUsageSink } from '../../lib/usage/events';
import type { PageContext } from '../../lib/sites/types';
import { policyView } from '../support/policy';

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

function setup(options: { store?: MemoryStore; view?: PolicyView; uiLanguage?: string } = {}) {
  const store = options.store ?? new MemoryStore();
  const view = options.view ?? policyView();
  let now = new Date('2026-11-23T15:00:00Z');
  const sink = new MemoryUsageSink();
  const warnings: string[] = [];
  const service = new CoachService({
    store,
    sink,
    now: () => now,
    timeZone: () => 'Europe/Berlin',
    policy: async () => view,
    ...(options.uiLanguage !== undefined ? { uiLanguage: () => options.uiLanguage ?? 'en' } : {}),
    warn: (m) => warnings.push(m),
  });
  return { service, store, sink, warnings, advance: (hours: number) => (now = new Date(now.getTime() + hours * 3_600_000)) };
}

describe('CoachService', () => {
  it('offers a Salesforce Opportunity tip, records it as shown and counts the record visit', async () => {
    const { service, sink } = setup();
    const { offer } = await service.visit(OPPORTUNITY);
    expect(offer).not.toBeNull();
    expect(offer!.count).toBeGreaterThanOrEqual(1);
    const events = await sink.list();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'tip_shown', app: 'salesforce', tipId: offer!.tipId, timeZone: 'Europe/Berlin' });
    expect(events[0]!.at).toBe('2026-11-23T15:00:00.000Z');
    expect(sink.visits).toEqual([{ day: '2026-11-23', app: 'salesforce', page: 'record' }]);
  });

  it('gives a German browser German tips, with the same tips in the same order as in English', async () => {
    const english = setup();
    const german = setup({ uiLanguage: 'de-AT' });
    const en = await english.service.tipsFor(OPPORTUNITY);
    const de = await german.service.tipsFor(OPPORTUNITY);
    // Matching doesn't depend on the language: same ids, same ranking.
    expect(de.tips.map((t) => t.id)).toEqual(en.tips.map((t) => t.id));
    const followUp = de.tips.find((t) => t.id === 'sf-opp-followup');
    expect(followUp).toMatchObject({
      title: 'Follow-up-E-Mail aus Ihrem letzten Gespräch entwerfen',
      lang: 'de',
    });
    expect(followUp?.why).toMatch(/^An der Follow-up-E-Mail geraten viele Deals ins Stocken\./);
    // The prompt is German, placeholders left for the card to fill from the page.
    expect(followUp?.prompt).toMatch(/^Sie sind ein erfahrener Account Executive\. .*\{\{recordName\}\}/);
    expect(followUp?.prompt).toContain('Heute ist der {{today}}.');
    expect(en.tips.find((t) => t.id === 'sf-opp-followup')?.title).toBe('Draft the follow-up from your last call');
    // The reply still passes the card's schema (plain strings).
    expect(CoachTipsSchema.safeParse(de).success).toBe(true);

    const { offer } = await german.service.visit(OPPORTUNITY);
    expect(offer?.title).toBe(de.tips.find((t) => t.id === offer?.tipId)?.title);
  });

  it('falls back to English for a language the playbook does not ship, and shows plain-string org tips as written', async () => {
    const view = policyView({
      tips: [
        {
          id: 'acme-opp-plain',
          where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
          title: 'Check the Acme discount rules',
          why: 'Discounts above 15% need approval; AI can draft the request.',
          prompt: 'Draft a discount approval request for {{recordName}}.\n[paste the deal terms here]',
          gap: 'permission',
          minutesSaved: 5,
        },
      ],
    });
    const { service } = setup({ uiLanguage: 'es-ES', view });
    const { tips } = await service.tipsFor(OPPORTUNITY);
    expect(tips.find((t) => t.id === 'sf-opp-followup')).toMatchObject({ title: 'Draft the follow-up from your last call', lang: 'en' });
    expect(tips.find((t) => t.id === 'acme-opp-plain')).toMatchObject({ title: 'Check the Acme discount rules' });
  });

  it('offers nothing where no tip applies', async () => {
    const { service } = setup();
    expect(await service.visit({ app: 'salesforce', page: 'setup' })).toEqual({ offer: null, notes: [] });
  });

  it('"Don\'t show again" survives a restart of the worker (state is in the store)', async () => {
    const first = setup();
    const { offer } = await first.service.visit(OPPORTUNITY);
    await first.service.record({ type: 'dont_show', app: 'salesforce', page: 'record', tipId: offer!.tipId });
    const second = setup({ store: first.store });
    const again = await second.service.visit(OPPORTUNITY);
    expect(again.offer?.tipId).not.toBe(offer!.tipId);
    const { tips } = await second.service.tipsFor(OPPORTUNITY);
    expect(tips.map((t) => t.id)).not.toContain(offer!.tipId);
  });

  it('snoozing an app hides its tips for a day', async () => {
    const { service, advance } = setup();
    await service.record({ type: 'snoozed', app: 'salesforce', page: 'record' });
    expect((await service.visit(OPPORTUNITY)).offer).toBeNull();
    advance(25);
    expect((await service.visit(OPPORTUNITY)).offer).not.toBeNull();
  });

  it('refuses malformed events with a reason naming the field, and stores nothing', async () => {
    const { service, sink } = setup();
    await expect(service.record({ type: 'tip_shown', app: 'myspace', page: 'record' })).rejects.toThrow(/app/);
    await expect(service.record({ type: 'marked_used', app: 'jira', page: 'issue', url: 'https://x' })).rejects.toThrow(
      /url/,
    );
    expect(await sink.list()).toHaveLength(0);
  });

  it('confirms the minutes of a used tip from our own playbook, never from the page', async () => {
    const { service, sink } = setup();
    const { tips } = await service.tipsFor(OPPORTUNITY);
    await service.record({ type: 'marked_used', app: 'salesforce', page: 'record', tipId: tips[0]!.id });
    expect((await sink.list())[0]!.minutesSaved).toBe(tips[0]!.minutesSaved);
  });

  it('builds tool launches only for approved tools and remembers the choice', async () => {
    const { service, store } = setup();
    const launch = await service.openTool('claude', 'Summarise this', [OPPORTUNITY]);
    expect(launch).toEqual({ url: 'https://claude.ai/new?q=Summarise%20this', copyFirst: false });
    expect(store.data.get(STORAGE_KEYS.prefs)).toEqual({ toolId: 'claude' });
    expect((await service.tipsFor(OPPORTUNITY)).toolId).toBe('claude');
    await expect(service.openTool('evil', 'x', [OPPORTUNITY])).rejects.toThrow(/evil/);
  });

  it("forgets the card's remembered tool when the employee picks one elsewhere, so the policy's preferred tool leads", async () => {
    const store = new MemoryStore();
    store.data.set(STORAGE_KEYS.prefs, { toolId: 'claude' });
    // The employee's Settings choice resolved into the policy as preferredTool (user source first).
    const { service } = setup({ store, view: policyView({ preferredTool: 'copilot' }) });
    expect((await service.tipsFor(OPPORTUNITY)).toolId).toBe('claude');
    await service.forgetToolChoice();
    expect(store.data.get(STORAGE_KEYS.prefs)).toEqual({});
    expect((await service.tipsFor(OPPORTUNITY)).toolId).toBe('copilot');
    // Using another tool from the card later is remembered again.
    await service.openTool('chatgpt', 'x', [OPPORTUNITY]);
    expect((await service.tipsFor(OPPORTUNITY)).toolId).toBe('chatgpt');
  });

  it('keeps the valid parts of corrupted stored state and says what it dropped', async () => {
    const store = new MemoryStore();
    store.data.set(STORAGE_KEYS.tipState, { dismissedForever: 'not-a-list', usedCount: { 'x-tip': 2 } });
    store.data.set(STORAGE_KEYS.prefs, { toolId: 42 });
    const { service, warnings } = setup({ store });
    expect((await service.visit(OPPORTUNITY)).offer).not.toBeNull();
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

describe('CoachService under a policy', () => {
  const NOTE = { id: 'no-account-numbers', app: 'salesforce', object: 'Opportunity', level: 'caution', text: 'Never paste account numbers.' };

  it('returns the notes that cover the page with the offer, and in the card', async () => {
    const { service } = setup({ view: policyView({ notes: [NOTE] }) });
    const visit = await service.visit(OPPORTUNITY);
    expect(visit.notes.map((n) => n.id)).toEqual(['no-account-numbers']);
    expect((await service.tipsFor(OPPORTUNITY)).notes.map((n) => n.text)).toEqual(['Never paste account numbers.']);
    expect((await service.visit({ app: 'salesforce', page: 'record', object: 'Case', recordId: '5005g00000XyZabAAB' })).notes).toEqual([]);
  });

  it('refuses to open a tool where a blocked note covers the page, as `refused` with the reason `blocked`', async () => {
    const blocked = { id: 'no-ai-on-cases', app: 'salesforce', object: ['Case'], level: 'blocked', text: 'No AI on cases.' };
    const { service, store } = setup({ view: policyView({ notes: [NOTE, blocked] }) });
    const caseRecord: PageContext = { app: 'salesforce', page: 'record', object: 'Case' };
    const refusal = service.openTool('claude', 'x', [caseRecord]);
    await expect(refusal).rejects.toBeInstanceOf(ReplyError);
    await expect(refusal).rejects.toMatchObject({ code: 'refused', reason: 'blocked', message: expect.stringMatching(/no-ai-on-cases/) });
    // Either page blocked is enough; nothing is remembered from a refused launch.
    await expect(service.openTool('claude', 'x', [OPPORTUNITY, caseRecord])).rejects.toMatchObject({ reason: 'blocked' });
    expect(store.data.get(STORAGE_KEYS.prefs)).toBeUndefined();
    // A caution note doesn't stop it.
    expect((await service.openTool('claude', 'x', [OPPORTUNITY])).url).toMatch(/^https:\/\/claude\.ai\//);
    expect(store.data.get(STORAGE_KEYS.prefs)).toEqual({ toolId: 'claude' });
  });

  it('does nothing at all in an app the policy switched off', async () => {
    const { service, sink } = setup({ view: policyView({ disabledApps: ['salesforce'], notes: [NOTE] }) });
    expect(await service.visit(OPPORTUNITY)).toEqual({ offer: null, notes: [] });
    expect(sink.visits).toEqual([]);
  });

  it('offers only the approved tools and refuses the others', async () => {
    const tool = { id: 'acme-gpt', name: 'Acme GPT', url: 'https://gpt.acme.example/', prefill: 'https://gpt.acme.example/?q={prompt}' };
    const { service } = setup({ view: policyView({ approvedTools: [tool] }) });
    const { tools, toolId } = await service.tipsFor(OPPORTUNITY);
    expect(tools.map((t) => t.id)).toEqual(['acme-gpt']);
    expect(toolId).toBe('acme-gpt');
    await expect(service.openTool('chatgpt', 'x', [OPPORTUNITY])).rejects.toThrow(/unapproved/);
    expect(await service.shadowNote('chatgpt.com')).toEqual({
      toolName: 'ChatGPT',
      approvedName: 'Acme GPT',
      approvedUrl: 'https://gpt.acme.example/',
    });
  });

  it('applies the admin caps and disabled tips', async () => {
    const all = (await setup().service.tipsFor(OPPORTUNITY)).tips;
    const { service } = setup({ view: policyView({ caps: { tipsPerDay: 1 }, disabledTips: [all[0]!.id] }) });
    const { tips } = await service.tipsFor(OPPORTUNITY);
    expect(tips).toHaveLength(1);
    expect(tips[0]!.id).not.toBe(all[0]!.id);
  });
});
