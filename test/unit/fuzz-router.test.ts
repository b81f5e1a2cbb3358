/**
 * Property tests (fast-check, fixed seed) for the runtime-message boundary: whatever arrives, from
 * whichever sender, the router never throws synchronously, rejects with a message naming the
 * problem, and records, opens, injects, pushes, deletes and stores nothing for invalid input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyView } from '../support/policy';
import { createRouter, type MessageSender, type Router } from '../../lib/coach/router';
import { CoachService, type KeyValueStore } from '../../lib/coach/service';
import { RequestSchema, type Push, type RequestType } from '../../lib/messages';
import { MemoryUsageSink } from '../../lib/usage/events';
import { HabitSettingsStore } from '../../lib/usage/settings';

const SEED = 20260316;
const RUNS = 400;
const EXT = 'jacemdllinefijbplihaekiombhogcki';
const EXT_ORIGIN = `chrome-extension://${EXT}/`;
const OPP_URL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
/** Every request type, read from RequestSchema itself (lib/messages.ts) so a new one can't be left out. */
const MESSAGE_TYPES: readonly RequestType[] = RequestSchema._zod.def.options.flatMap((o) => o.shape.type._zod.def.values);

interface Setup {
  route: Router;
  /** Everything the router did that leaves a trace. */
  traces(): Promise<unknown[]>;
}

function setup(): Setup {
  const data = new Map<string, unknown>();
  const store: KeyValueStore = { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
  const sink = new MemoryUsageSink();
  const settings = new HabitSettingsStore(store);
  const service = new CoachService({
    store,
    sink,
    now: () => new Date('2026-03-16T10:00:00Z'),
    timeZone: () => 'UTC',
    policy: async () => policyView(),
    trackingPaused: async () => (await settings.get()).trackingPaused,
  });
  const calls: unknown[] = [];
  const page = (name: string) => async (arg?: unknown) => void calls.push([name, arg]);
  const route = createRouter({
    service,
    settings,
    extensionId: EXT,
    extensionOrigin: EXT_ORIGIN,
    deleteAll: async () => void calls.push('deleteAll'),
    injectCoach: async (tab, frame) => void calls.push(['inject', tab, frame]),
    openTab: async (url, opener) => void calls.push(['open', url, opener]),
    push: async (tab, m: Push) => void calls.push(['push', tab, m]),
    packagedMessages: async () => {
      calls.push('packagedMessages');
      return { extShortName: { message: 'Lastmile' } };
    },
    pages: {
      policyStatus: page('policyStatus'),
      setUserPolicy: page('setUserPolicy'),
      syncStatus: page('syncStatus'),
      syncPreview: page('syncPreview'),
      syncConsent: page('syncConsent'),
      syncNow: page('syncNow'),
    },
  });
  return { route, traces: async () => [...calls, ...(await sink.list()), ...data.entries()] };
}

/** Calls the router and reports how it ended; a synchronous throw is a failure of its own. */
async function outcome(route: Router, message: unknown, sender: MessageSender): Promise<{ ok: true } | { ok: false; error: string }> {
  let pending: Promise<unknown>;
  try {
    pending = route(message, sender);
  } catch (e) {
    throw new Error(`router threw synchronously: ${String(e)}`);
  }
  expect(pending).toBeInstanceOf(Promise);
  try {
    await pending;
    return { ok: true };
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return { ok: false, error: (e as Error).message };
  }
}

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>window.__xss=1</script>', '\u0000', 'https://evil.example/', OPP_URL),
);
const anySender: fc.Arbitrary<MessageSender> = fc.record(
  {
    id: fc.oneof(fc.constant(EXT), fc.string({ maxLength: 40 })),
    url: fc.oneof(
      fc.constant(OPP_URL),
      fc.constant(`${EXT_ORIGIN}popup.html`),
      fc.constant('https://chatgpt.com/'),
      fc.webUrl(),
      hostileString,
    ),
    frameId: fc.integer({ min: -1, max: 10 }),
    tab: fc.record({ id: fc.integer({ min: -1, max: 1000 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
/** Near misses: a known type with the wrong, missing or extra fields. */
const nearMiss = fc
  .tuple(fc.constantFrom(...MESSAGE_TYPES), fc.dictionary(fc.constantFrom('href', 'context', 'event', 'toolId', 'prompt', 'kind', 'patch', 'confirm', 'consent', 'extra'), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }))
  .map(([type, rest]) => ({ ...rest, type }));
const anyMessage = fc.oneof(fc.anything({ maxDepth: 3 }), nearMiss, fc.record({ type: hostileString }));

describe('fuzz: message router', () => {
  it('fuzzes every request type the schema defines, one per option', () => {
    expect(MESSAGE_TYPES).toContain('onboarding:done');
    expect(new Set(MESSAGE_TYPES).size).toBe(RequestSchema._zod.def.options.length);
  });

  it('refuses every malformed message with a message naming the problem, and records nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyMessage.filter((m) => !RequestSchema.safeParse(m).success),
        anySender,
        async (message, sender) => {
          const { route, traces } = setup();
          const r = await outcome(route, message, { ...sender, id: EXT });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error).toMatch(/^Invalid message: .*(\(root\)|type|[a-z]+): /);
          expect(await traces()).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('refuses anything from another extension before reading it', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, anySender.filter((s) => s.id !== EXT), async (message, sender) => {
        const { route, traces } = setup();
        const r = await outcome(route, message, sender);
        expect(r).toEqual({ ok: false, error: 'Message from another extension refused' });
        expect(await traces()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('well-formed messages from the wrong kind of sender are refused, naming the rule, with no trace', async () => {
    const extensionOnly = fc.constantFrom(
      { type: 'habit:log' },
      { type: 'data:delete-all', confirm: 'delete everything' },
      { type: 'settings:habits', patch: { trackingPaused: true } },
      { type: 'policy:user', patch: {} },
      { type: 'sync:consent', consent: true },
      { type: 'sync:now' },
      { type: 'policy:status' },
    );
    const pageSender = anySender.filter((s) => !(s.url ?? '').startsWith(EXT_ORIGIN));
    await fc.assert(
      fc.asyncProperty(extensionOnly, pageSender, async (message, sender) => {
        const { route, traces } = setup();
        const r = await outcome(route, message, { ...sender, id: EXT });
        expect(r).toEqual({ ok: false, error: `${message.type}: only accepted from extension pages` });
        expect(await traces()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('page-only messages are refused from extension pages and from senders without a tab', async () => {
    const event = { type: 'card_opened', app: 'salesforce', page: 'record', tipId: 'sf-opp-followup' };
    const pageOnly = fc.constantFrom(
      { type: 'page:visit', href: OPP_URL },
      { type: 'coach:open' },
      { type: 'coach:tips', context: { app: 'salesforce', page: 'record', object: 'Opportunity' } },
      { type: 'i18n:messages' },
      { type: 'usage:event', event },
      {
        type: 'ai:open',
        toolId: 'chatgpt',
        prompt: 'hi',
        where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
        event: { ...event, type: 'ai_opened', toolId: 'chatgpt' },
      },
      { type: 'prefs:tool', toolId: 'chatgpt' },
      { type: 'ai:activity', kind: 'prompt' },
    );
    const noTab = anySender.filter((s) => !(s.url ?? '').startsWith(EXT_ORIGIN)).map(({ tab: _tab, ...rest }) => rest);
    await fc.assert(
      fc.asyncProperty(pageOnly, fc.boolean(), noTab, async (message, fromExtensionPage, sender) => {
        const { route, traces } = setup();
        const from: MessageSender = fromExtensionPage ? { id: EXT, url: `${EXT_ORIGIN}habits.html` } : { ...sender, id: EXT };
        const r = await outcome(route, message, from);
        expect(r).toEqual({
          ok: false,
          error: fromExtensionPage ? `${message.type}: not accepted from extension pages` : `${message.type}: only accepted from a page`,
        });
        expect(await traces()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a forged usage event or AI launch with a malformed event changes nothing', async () => {
    const badEvent = fc.anything({ maxDepth: 2 });
    const forged = fc.oneof(
      badEvent.map((event) => ({ type: 'usage:event', event })),
      badEvent.map((event) => ({ type: 'ai:open', toolId: 'chatgpt', prompt: 'hi', where: { app: 'salesforce', page: 'record' }, event })),
    );
    await fc.assert(
      fc.asyncProperty(forged, async (message) => {
        const { route, traces } = setup();
        const r = await outcome(route, message, { id: EXT, url: OPP_URL, frameId: 0, tab: { id: 7 } });
        // fc.anything() never builds a valid event (it needs a known type, app, page and tip id).
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/^Invalid usage event: /);
        expect(await traces()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
