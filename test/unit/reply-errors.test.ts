/**
 * Error replies carry a code the pages word in the employee's language; the text is technical detail.
 * The codes come from the real router and settings store, so a change of their errors shows here.
 */
import { describe, expect, it } from 'vitest';
import { policyView } from '../support/policy';
import { createRouter, type MessageSender } from '@/lib/coach/router';
import { CoachService, type KeyValueStore } from '@/lib/coach/service';
import { errorReply, NullReplySchema, replySchema, ReplyError } from '@/lib/messages';
import { SyncStatusReplySchema } from '@/lib/pages/replies';
import { MemoryUsageSink } from '@/lib/usage/events';
import { HabitSettingsSchema, HabitSettingsStore } from '@/lib/usage/settings';

const EXT = 'jacemdllinefijbplihaekiombhogcki';
const PAGE: MessageSender = { id: EXT, url: `chrome-extension://${EXT}/habits.html` };

function setup(setUserPolicy: (patch: unknown) => Promise<unknown> = async () => null) {
  const data = new Map<string, unknown>();
  const store: KeyValueStore = { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
  const settings = new HabitSettingsStore(store);
  const service = new CoachService({
    store,
    sink: new MemoryUsageSink(),
    now: () => new Date('2026-11-23T10:00:00Z'),
    timeZone: () => 'UTC',
    policy: async () => policyView(),
    trackingPaused: async () => false,
  });
  return createRouter({
    service,
    settings,
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    deleteAll: async () => undefined,
    injectCoach: async () => undefined,
    openTab: async () => undefined,
    push: async () => undefined,
    packagedMessages: async () => ({}),
    pages: {
      policyStatus: async () => ({}),
      setUserPolicy,
      syncStatus: async () => ({}),
      syncPreview: async () => ({}),
      syncConsent: async () => ({}),
      syncNow: async () => ({}),
    },
  });
}

async function replyTo(message: unknown, sender: MessageSender, route = setup()) {
  try {
    return { ok: true as const, data: await route(message, sender) };
  } catch (e) {
    return errorReply(e);
  }
}

describe('error replies', () => {
  it('a refused settings patch is invalid_settings, zod’s words as the detail', async () => {
    const r = await replyTo({ type: 'settings:habits', patch: { weeklyGoalDays: 9 } }, PAGE);
    expect(r).toMatchObject({ ok: false, code: 'invalid_settings', error: expect.stringMatching(/^Invalid settings: /) });
    expect(replySchema(HabitSettingsSchema).safeParse(r).success).toBe(true);
  });

  it('a ReplyError keeps its own code (the background’s policy:user check)', async () => {
    const route = setup(async () => {
      throw new ReplyError('invalid_settings', 'Invalid settings: caps.tipsPerDay: Too big');
    });
    expect(await replyTo({ type: 'policy:user', patch: { caps: { tipsPerDay: 99 } } }, PAGE, route)).toEqual({
      ok: false,
      code: 'invalid_settings',
      error: 'Invalid settings: caps.tipsPerDay: Too big',
    });
  });

  it('messages the router refuses are `refused`', async () => {
    expect(await replyTo({ type: 'sync:now' }, { ...PAGE, id: 'another-extension' })).toMatchObject({ code: 'refused' });
    expect(await replyTo({ type: 'nope' }, PAGE)).toMatchObject({ code: 'refused', error: expect.stringMatching(/^Invalid message: /) });
    expect(await replyTo({ type: 'sync:now' }, { id: EXT, url: 'https://acme.example/', tab: { id: 3 } })).toMatchObject({ code: 'refused' });
    expect(await replyTo({ type: 'page:visit', href: 'https://other.example/' }, { id: EXT, url: 'https://acme.example/', tab: { id: 3 } })).toMatchObject({
      code: 'refused',
    });
  });

  it('a full storage is storage_full; anything else is failed', () => {
    const quota = new Error('Resource::kQuotaBytes quota exceeded');
    expect(errorReply(quota)).toEqual({ ok: false, code: 'storage_full', error: quota.message });
    const named = Object.assign(new Error('The operation failed'), { name: 'QuotaExceededError' });
    expect(errorReply(named).code).toBe('storage_full');
    expect(errorReply(new Error('disk on fire'))).toEqual({ ok: false, code: 'failed', error: 'disk on fire' });
    expect(errorReply('plain string')).toEqual({ ok: false, code: 'failed', error: 'plain string' });
  });

  it('a refusal keeps its reason through the reply, and only known reasons parse', () => {
    const blocked = new ReplyError('refused', 'ai:open: AI is blocked here by policy note "x"', 'blocked');
    const reply = errorReply(blocked);
    expect(reply).toEqual({ ok: false, code: 'refused', reason: 'blocked', error: blocked.message });
    expect(NullReplySchema.safeParse(reply).success).toBe(true);
    expect(errorReply(new ReplyError('refused', 'x'))).not.toHaveProperty('reason');
    expect(NullReplySchema.safeParse({ ok: false, code: 'refused', reason: 'made_up', error: 'x' }).success).toBe(false);
  });

  it('reply schemas take the new shape and refuse an error without a code', () => {
    expect(NullReplySchema.safeParse({ ok: false, code: 'refused', error: 'x' }).success).toBe(true);
    expect(SyncStatusReplySchema.safeParse({ ok: false, code: 'storage_full', error: 'x' }).success).toBe(true);
    expect(NullReplySchema.safeParse({ ok: false, error: 'x' }).success).toBe(false);
    expect(NullReplySchema.safeParse({ ok: false, code: 'made_up', error: 'x' }).success).toBe(false);
  });
});
