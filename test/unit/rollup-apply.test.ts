import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../lib/usage/events';
import { INFORMED_WINDOW_MS, MAX_OPEN_SITTINGS, emptyPending, linkInformed, type PendingSittings } from '../../lib/usage/informed';
import { DayRollupSchema, emptyRollup, type DayRollup } from '../../lib/usage/rollup';
import { applyEventToRollup, applyVisitToRollup, compactRollup } from '../../lib/usage/rollup-apply';

const DAY = '2026-03-02';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;

function at(minutes: number): string {
  return new Date(T0 + minutes * MINUTE).toISOString();
}

const stamp = { timeZone: 'Europe/Berlin', day: DAY };

function tip(type: 'tip_shown' | 'card_opened' | 'prompt_copied' | 'ai_opened' | 'marked_used' | 'dismissed' | 'dont_show', minutes = 0, extra: Partial<{ tipId: string; viewId: string; toolId: string; minutesSaved: number; app: 'salesforce' | 'gmail' }> = {}): UsageEvent {
  return { type, app: 'salesforce', page: 'record', tipId: 'sf-summary', at: at(minutes), ...stamp, ...extra };
}

function ai(type: 'ai_prompt' | 'ai_session' | 'manual_log', minutes = 0, toolId?: string): UsageEvent {
  return { type, at: at(minutes), ...stamp, ...(toolId ? { toolId } : {}) };
}

function fold(events: readonly UsageEvent[]): { rollup: DayRollup; pending: PendingSittings; informed: (string | undefined)[] } {
  let rollup = emptyRollup(DAY);
  let pending = emptyPending();
  const informed: (string | undefined)[] = [];
  for (const e of events) {
    const link = linkInformed(pending, e);
    pending = link.pending;
    informed.push(link.informedApp);
    rollup = applyEventToRollup(rollup, e, link.informedApp ? { informedApp: link.informedApp } : {});
  }
  return { rollup, pending, informed };
}

describe('applyEventToRollup', () => {
  it('counts a shown tip for the day and its app', () => {
    const r = applyEventToRollup(emptyRollup(DAY), tip('tip_shown'));
    expect(r.tipsShown).toBe(1);
    expect(r.apps.salesforce?.tipsShown).toBe(1);
    expect(r.aiActions).toBe(0);
    expect(r.tipsUsed).toBe(0);
  });

  it('counts prompt_copied as a tip use, not an AI action', () => {
    const r = applyEventToRollup(emptyRollup(DAY), tip('prompt_copied'));
    expect(r).toMatchObject({ tipsUsed: 1, aiActions: 0, tips: { 'sf-summary': 1 } });
    expect(r.apps.salesforce).toMatchObject({ tipsUsed: 1, aiActions: 0 });
  });

  it('attributes ai_opened to its app and tool, and counts it as a tip use', () => {
    const r = applyEventToRollup(emptyRollup(DAY), tip('ai_opened', 0, { toolId: 'chatgpt' }));
    expect(r).toMatchObject({ aiActions: 1, tipsUsed: 1, tips: { 'sf-summary': 1 }, tools: { chatgpt: 1 } });
    expect(r.apps.salesforce).toMatchObject({ aiActions: 1, tipsUsed: 1 });
  });

  it('adds marked_used minutes to the day and the app', () => {
    const r = applyEventToRollup(emptyRollup(DAY), tip('marked_used', 0, { minutesSaved: 15 }));
    expect(r).toMatchObject({ aiActions: 1, tipsUsed: 1, minutesSaved: 15 });
    expect(r.apps.salesforce).toMatchObject({ aiActions: 1, minutesSaved: 15 });
  });

  it('counts ai_prompt and manual_log as AI actions of no app, with their tool', () => {
    let r = applyEventToRollup(emptyRollup(DAY), ai('ai_prompt', 0, 'claude'));
    r = applyEventToRollup(r, ai('manual_log', 1));
    expect(r).toMatchObject({ aiActions: 2, prompts: 1, manualLogs: 1, tools: { claude: 1 } });
    expect(r.apps).toEqual({});
  });

  it('counts ai_session as a session, not an AI action or a tool action', () => {
    const r = applyEventToRollup(emptyRollup(DAY), ai('ai_session', 0, 'gemini'));
    expect(r).toMatchObject({ aiSessions: 1, aiActions: 0, tools: {} });
  });

  it('counts dismissals per app and leaves dont_show out of the counters', () => {
    let r = applyEventToRollup(emptyRollup(DAY), tip('dismissed'));
    r = applyEventToRollup(r, tip('dont_show'));
    expect(r.apps.salesforce).toMatchObject({ dismissed: 1, tipsUsed: 0 });
    expect(compactRollup(r)).toEqual({ day: DAY, apps: { salesforce: { dismissed: 1, categories: { record: { tipsDismissed: 1 } } } } });
  });

  it('attributes an informed ai_prompt to the tip app as an AI action and an informed task', () => {
    const r = applyEventToRollup(emptyRollup(DAY), ai('ai_prompt', 5, 'chatgpt'), { informedApp: 'gmail' });
    expect(r).toMatchObject({ aiActions: 1, prompts: 1, informedTasks: 1 });
    expect(r.apps.gmail).toMatchObject({ aiActions: 1, informedTasks: 1 });
  });

  it('does not change its input', () => {
    const before = applyEventToRollup(emptyRollup(DAY), tip('tip_shown'));
    const snapshot = structuredClone(before);
    applyEventToRollup(before, tip('marked_used', 1, { minutesSaved: 5 }), { informedApp: 'salesforce' });
    expect(before).toEqual(snapshot);
  });

  it('refuses an event of another day', () => {
    expect(() => applyEventToRollup(emptyRollup('2026-03-01'), tip('tip_shown'))).toThrow(RangeError);
  });

  it('counts record visits per app', () => {
    const r = applyVisitToRollup(applyVisitToRollup(emptyRollup(DAY), 'jira', 'issue'), 'jira', 'board');
    expect(r.apps.jira?.recordVisits).toBe(2);
  });
});

describe('compactRollup', () => {
  it('stores an empty day as just its date', () => {
    expect(compactRollup(emptyRollup(DAY))).toEqual({ day: DAY });
  });

  it('round-trips through DayRollupSchema', () => {
    const { rollup } = fold([tip('tip_shown'), tip('card_opened', 1), tip('ai_opened', 2, { toolId: 'chatgpt' }), ai('ai_prompt', 3, 'chatgpt'), tip('marked_used', 4, { minutesSaved: 10 }), ai('ai_session', 5)]);
    const row = compactRollup(rollup);
    expect(DayRollupSchema.parse(row)).toEqual(rollup);
    expect(JSON.stringify(row).length).toBeLessThan(JSON.stringify(rollup).length);
    expect(row.apps?.salesforce).not.toHaveProperty('recordVisits');
  });
});

describe('linkInformed (AI-informed tasks)', () => {
  it('card_opened then ai_opened: one task for the app', () => {
    const { rollup, informed } = fold([tip('card_opened', 0, { viewId: 'view-0001' }), tip('ai_opened', 1, { viewId: 'view-0001', toolId: 'chatgpt' })]);
    expect(informed).toEqual([undefined, 'salesforce']);
    expect(rollup.informedTasks).toBe(1);
    expect(rollup.apps.salesforce?.informedTasks).toBe(1);
  });

  it('card_opened, prompt_copied, then an ai_prompt 10 minutes later: one task, the prompt counts for the app', () => {
    const { rollup, informed } = fold([
      tip('card_opened', 0, { viewId: 'view-0002' }),
      tip('prompt_copied', 1, { viewId: 'view-0002' }),
      ai('ai_prompt', 11, 'chatgpt'),
      ai('ai_prompt', 12, 'chatgpt'),
    ]);
    expect(informed).toEqual([undefined, undefined, 'salesforce', undefined]);
    expect(rollup.informedTasks).toBe(1);
    expect(rollup.apps.salesforce).toMatchObject({ informedTasks: 1, aiActions: 1 });
    expect(rollup.aiActions).toBe(2);
  });

  it('an ai_prompt 45 minutes after the interaction makes no task', () => {
    const { rollup, pending } = fold([tip('prompt_copied', 0), ai('ai_prompt', 45)]);
    expect(rollup.informedTasks).toBe(0);
    expect(rollup.apps.salesforce?.aiActions ?? 0).toBe(0);
    expect(pending.sittings).toEqual([]);
  });

  it('the window is inclusive at exactly 30 minutes', () => {
    const { rollup } = fold([tip('card_opened', 0), ai('ai_session', INFORMED_WINDOW_MS / MINUTE)]);
    expect(rollup.informedTasks).toBe(1);
    // A session is AI use, not a qualifying action: nothing is attributed as an aiAction.
    expect(rollup.aiActions).toBe(0);
  });

  it('the window runs from the sitting\'s latest interaction', () => {
    const { rollup } = fold([tip('card_opened', 0, { viewId: 'view-0003' }), tip('prompt_copied', 25, { viewId: 'view-0003' }), ai('ai_prompt', 50)]);
    expect(rollup.informedTasks).toBe(1);
  });

  it('one sitting counts once however much AI use follows (ai_opened then marked_used)', () => {
    const { rollup } = fold([
      tip('card_opened', 0, { viewId: 'view-0004' }),
      tip('ai_opened', 1, { viewId: 'view-0004' }),
      ai('ai_prompt', 2),
      tip('marked_used', 5, { viewId: 'view-0004', minutesSaved: 10 }),
    ]);
    expect(rollup.informedTasks).toBe(1);
  });

  it('without viewId, the same tip within the window is one sitting; a different tip is another', () => {
    const same = fold([tip('card_opened', 0), tip('prompt_copied', 2), ai('ai_prompt', 3), tip('ai_opened', 4)]);
    expect(same.rollup.informedTasks).toBe(1);
    const other = fold([tip('card_opened', 0), ai('ai_prompt', 1), tip('card_opened', 2, { tipId: 'sf-email' }), ai('ai_prompt', 3)]);
    expect(other.rollup.informedTasks).toBe(2);
  });

  it('AI use completes the most recent open sitting, attributed to its app', () => {
    const { informed, rollup } = fold([tip('card_opened', 0), tip('card_opened', 1, { app: 'gmail', tipId: 'gm-reply' }), ai('ai_prompt', 2)]);
    expect(informed[2]).toBe('gmail');
    expect(rollup.apps.gmail?.informedTasks).toBe(1);
    expect(rollup.apps.salesforce?.informedTasks ?? 0).toBe(0);
  });

  it('AI use before any tip interaction links nothing', () => {
    const { rollup } = fold([ai('ai_prompt', 0), tip('card_opened', 1)]);
    expect(rollup.informedTasks).toBe(0);
  });

  it('keeps at most MAX_OPEN_SITTINGS open sittings', () => {
    let pending = emptyPending();
    for (let i = 0; i < MAX_OPEN_SITTINGS + 10; i++) {
      pending = linkInformed(pending, tip('card_opened', i / 10, { tipId: `tip-${i}` })).pending;
    }
    expect(pending.sittings).toHaveLength(MAX_OPEN_SITTINGS);
    expect(pending.sittings.at(-1)?.key).toContain(`tip-${MAX_OPEN_SITTINGS + 9}`);
  });
});
