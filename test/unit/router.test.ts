import { describe, expect, it } from 'vitest';
import { policyView } from '../support/policy';
import { createRouter, type MessageSender } from '@/lib/coach/router';
import { I18nMessagesReplySchema, ToolLaunchReplySchema } from '@/lib/coach/protocol';
import { CoachService, STORAGE_KEYS, type KeyValueStore } from '@/lib/coach/service';
import { loadPackagedMessages } from '@/lib/i18n/fallback';
import { errorReply, type Push } from '@/lib/messages';
import { MemoryUsageSink } from '@/lib/usage/events';
import { HabitSettingsStore } from '@/lib/usage/settings';
import { chromeMessages, LOCALES, type Locale } from '../support/i18n';

const EXT = 'jacemdllinefijbplihaekiombhogcki';
const OPP_URL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const page = (url = OPP_URL, tab = 7): MessageSender => ({ id: EXT, url, frameId: 0, tab: { id: tab } });

/** The background's packaged-messages lookup over the real locale files, for a browser in `uiLanguage`. */
function packagedMessagesFor(uiLanguage: string, fetched: string[]) {
  return () =>
    loadPackagedMessages({
      uiLanguage,
      getURL: (path) => `chrome-extension://${EXT}${path}`,
      fetch: async (url) => {
        fetched.push(url);
        const lang = LOCALES.find((l) => url.endsWith(`/_locales/${l}/messages.json`));
        return lang ? { ok: true, status: 200, json: async () => chromeMessages(lang) } : { ok: false, status: 404, json: async () => null };
      },
    });
}

function setup(view = policyView(), uiLanguage = 'en') {
  const data = new Map<string, unknown>();
  const store: KeyValueStore = { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
  const sink = new MemoryUsageSink();
  const settingsStore = new HabitSettingsStore(store);
  const service = new CoachService({
    store,
    sink,
    now: () => new Date('2026-11-23T10:00:00Z'),
    timeZone: () => 'UTC',
    policy: async () => view,
    trackingPaused: async () => (await settingsStore.get()).trackingPaused,
  });
  const injected: [number, number][] = [];
  const opened: [string, number][] = [];
  const pushed: [number, Push][] = [];
  let deleted = 0;
  const fetched: string[] = [];
  const settings = settingsStore;
  const route = createRouter({
    service,
    settings,
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    deleteAll: async () => void deleted++,
    injectCoach: async (tab, frame) => void injected.push([tab, frame]),
    openTab: async (url, opener) => void opened.push([url, opener]),
    push: async (tab, m) => void pushed.push([tab, m]),
    packagedMessages: packagedMessagesFor(uiLanguage, fetched),
    pages: {
      policyStatus: async () => ({ page: 'policy' }),
      setUserPolicy: async (patch) => ({ patch }),
      syncStatus: async () => ({ page: 'sync' }),
      syncPreview: async () => ({ page: 'preview' }),
      syncConsent: async (consent) => ({ consent }),
      syncNow: async () => ({ page: 'now' }),
    },
  });
  return { route, sink, store: data, injected, opened, pushed, settings, fetched, deleted: () => deleted };
}

describe('message router', () => {
  it('answers a visit with the detected context and an offer', async () => {
    const { route } = setup();
    const visit = (await route({ type: 'page:visit', href: OPP_URL }, page())) as {
      context: unknown;
      offer: { tipId: string } | null;
    };
    expect(visit.context).toEqual({ app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' });
    expect(visit.offer?.tipId).toMatch(/^sf-/);
  });

  it('answers a visit to a non-work page with nothing', async () => {
    const { route, sink } = setup();
    const href = 'https://acme.lightning.force.com/lightning/n/Territory_Planner';
    expect(await route({ type: 'page:visit', href }, page(href))).toEqual({ context: null, offer: null, notes: [] });
    expect(await sink.list()).toHaveLength(0);
  });

  it('refuses messages from other extensions and from outside a tab', async () => {
    const { route } = setup();
    await expect(route({ type: 'page:visit', href: OPP_URL }, { ...page(), id: 'otherextension' })).rejects.toThrow(
      /another extension/,
    );
    await expect(route({ type: 'coach:open' }, { id: EXT, url: OPP_URL })).rejects.toThrow(/only accepted from a page/);
  });

  it('refuses a visit for a URL of another origin than the sender', async () => {
    const { route } = setup();
    await expect(
      route({ type: 'page:visit', href: OPP_URL }, page('https://evil.example/lightning/r/Opportunity/x/view')),
    ).rejects.toThrow(/not the sending page/);
  });

  it('refuses card requests for an app the sender is not on', async () => {
    const { route } = setup();
    const context = { app: 'jira', page: 'issue', object: 'issue', recordId: 'ACME-1' };
    await expect(route({ type: 'coach:tips', context }, page())).rejects.toThrow(/not on a jira page/);
  });

  it('names the field of a malformed message', async () => {
    const { route } = setup();
    await expect(route({ type: 'page:visit' }, page())).rejects.toThrow(/href/);
    await expect(route({ type: 'page:visit', href: OPP_URL, extra: 1 }, page())).rejects.toThrow(/extra/);
    await expect(route({ type: 'steal:stats' }, page())).rejects.toThrow(/type/);
    await expect(route('hello', page())).rejects.toThrow(/Invalid message/);
  });

  it('injects the card into the sending frame', async () => {
    const { route, injected } = setup();
    await route({ type: 'coach:open' }, { ...page(), frameId: 3 });
    expect(injected).toEqual([[7, 3]]);
  });

  it('opens approved tools only, records the event and refreshes the pill after a dismissal', async () => {
    const { route, opened, sink, pushed } = setup();
    const event = { type: 'ai_opened', app: 'salesforce', page: 'record', tipId: 'sf-x', toolId: 'chatgpt' };
    const where = { app: 'salesforce', page: 'record', object: 'Opportunity' };
    const launch = await route({ type: 'ai:open', toolId: 'chatgpt', prompt: 'Hi there', where, event }, page());
    expect(launch).toEqual({ url: 'https://chatgpt.com/?q=Hi%20there', copyFirst: false });
    expect(opened).toEqual([['https://chatgpt.com/?q=Hi%20there', 7]]);
    await expect(route({ type: 'ai:open', toolId: 'shadow-ai', prompt: 'x', where, event }, page())).rejects.toThrow(
      /shadow-ai/,
    );
    await route({ type: 'usage:event', event: { type: 'dismissed', app: 'salesforce', page: 'record', tipId: 'sf-x' } }, page());
    expect(pushed).toEqual([[7, { type: 'refresh' }]]);
    expect((await sink.list()).map((e) => e.type)).toEqual(['ai_opened', 'dismissed']);
  });

  describe('ai:open under a "blocked" note', () => {
    const CASE_URL = 'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZabAAB/view';
    const blockedView = () =>
      policyView({ notes: [{ id: 'no-ai-on-cases', app: 'salesforce', object: ['Case'], level: 'blocked', text: 'No AI on cases.' }] });
    const event = { type: 'ai_opened', app: 'salesforce', page: 'record', tipId: 'sf-x', toolId: 'chatgpt' };
    const oppWhere = { app: 'salesforce', page: 'record', object: 'Opportunity' };
    const caseWhere = { app: 'salesforce', page: 'record', object: 'Case' };

    async function refusal(route: ReturnType<typeof setup>['route'], message: unknown, sender: MessageSender) {
      try {
        await route(message, sender);
      } catch (e) {
        return errorReply(e);
      }
      throw new Error('ai:open was not refused');
    }

    it('refuses when the card was showing a blocked page, with a code and reason the card words', async () => {
      const { route, opened, sink, store } = setup(blockedView());
      const reply = await refusal(route, { type: 'ai:open', toolId: 'chatgpt', prompt: 'x', where: caseWhere, event }, page(CASE_URL));
      expect(reply).toEqual({ ok: false, code: 'refused', reason: 'blocked', error: expect.stringMatching(/no-ai-on-cases/) });
      expect(ToolLaunchReplySchema.safeParse(reply).success).toBe(true);
      // Nothing happened: no tab, no event, no remembered tool.
      expect(opened).toEqual([]);
      expect(await sink.list()).toEqual([]);
      expect(store.get(STORAGE_KEYS.prefs)).toBeUndefined();
    });

    it('refuses a stale or made-up context when the sender is on a blocked page now', async () => {
      const { route, opened } = setup(blockedView());
      const reply = await refusal(route, { type: 'ai:open', toolId: 'chatgpt', prompt: 'x', where: oppWhere, event }, page(CASE_URL));
      expect(reply).toMatchObject({ code: 'refused', reason: 'blocked' });
      expect(opened).toEqual([]);
    });

    it('opens where no note blocks, and refuses a context for another app than the sender', async () => {
      const { route, opened } = setup(blockedView());
      await route({ type: 'ai:open', toolId: 'chatgpt', prompt: 'x', where: oppWhere, event }, page());
      expect(opened).toHaveLength(1);
      const jira = { app: 'jira', page: 'issue', object: 'issue' };
      const reply = await refusal(route, { type: 'ai:open', toolId: 'chatgpt', prompt: 'x', where: jira, event }, page());
      expect(reply).toMatchObject({ code: 'refused', error: expect.stringMatching(/not on a jira page/) });
      expect(reply).not.toHaveProperty('reason');
    });

    it('takes no record id, URL or anything else in `where`', async () => {
      const { route, opened } = setup();
      for (const where of [
        { ...oppWhere, recordId: '0065g00000AbCdEAAR' },
        { ...oppWhere, url: OPP_URL },
        { ...oppWhere, title: 'Acme renewal' },
        { page: 'record' },
      ]) {
        await expect(route({ type: 'ai:open', toolId: 'chatgpt', prompt: 'x', where, event }, page())).rejects.toThrow(/Invalid message/);
      }
      await expect(route({ type: 'ai:open', toolId: 'chatgpt', prompt: 'x', event }, page())).rejects.toThrow(/where/);
      expect(opened).toEqual([]);
    });
  });

  describe('i18n:messages (the card with an empty message bundle)', () => {
    const lookup = (reply: unknown, key: string) => {
      const parsed = I18nMessagesReplySchema.parse({ ok: true, data: reply });
      return parsed.ok ? parsed.data[key]?.message : undefined;
    };

    it("answers a card on a supported app's page with the packaged messages in the browser's language", async () => {
      const cases: [string, Locale][] = [['de-AT', 'de'], ['fr', 'fr'], ['en-GB', 'en']];
      for (const [uiLanguage, lang] of cases) {
        const { route, fetched } = setup(policyView(), uiLanguage);
        const reply = await route({ type: 'i18n:messages' }, page());
        expect(lookup(reply, 'card_loadError'), uiLanguage).toBe(chromeMessages(lang).card_loadError?.message);
        expect(fetched).toEqual([`chrome-extension://${EXT}/_locales/${lang}/messages.json`]);
      }
      // Any supported app, not only the one a context names.
      const jira = 'https://acme.atlassian.net/browse/ACME-1';
      expect(lookup(await setup().route({ type: 'i18n:messages' }, page(jira)), 'extShortName')).toBe('Lastmile');
    });

    it('falls back to English for a language Lastmile is not translated into', async () => {
      const { route, fetched } = setup(policyView(), 'pt-BR');
      expect(lookup(await route({ type: 'i18n:messages' }, page()), 'common_close')).toBe(chromeMessages('en').common_close?.message);
      expect(fetched.map((u) => u.split('/_locales/')[1])).toEqual(['pt/messages.json', 'en/messages.json']);
    });

    it('is refused from extension pages, outside a tab, off the supported apps and with extra fields', async () => {
      const { route, fetched } = setup();
      const refused = async (message: unknown, sender: MessageSender, why: RegExp) => {
        let error: unknown;
        await route(message, sender).catch((e: unknown) => void (error = e));
        expect(errorReply(error)).toMatchObject({ ok: false, code: 'refused', error: expect.stringMatching(why) });
      };
      await refused({ type: 'i18n:messages' }, { id: EXT, url: `chrome-extension://${EXT}/popup.html` }, /not accepted from extension pages/);
      await refused({ type: 'i18n:messages' }, { id: EXT, url: OPP_URL }, /only accepted from a page/);
      await refused({ type: 'i18n:messages' }, page('https://evil.example/'), /not on a supported app page/);
      await refused({ type: 'i18n:messages' }, page('https://chatgpt.com/'), /not on a supported app page/);
      await refused({ type: 'i18n:messages' }, page('http://acme.lightning.force.com/'), /not on a supported app page/);
      await refused({ type: 'i18n:messages', lang: '../../secrets' }, page(), /lang/);
      expect(fetched).toEqual([]);
    });
  });

  it('records AI activity only from known AI tool hosts, with the tool taken from the host', async () => {
    const { route, sink } = setup();
    expect(await route({ type: 'ai:activity', kind: 'session' }, page('https://chatgpt.com/?q=hello'))).toEqual({
      shadow: null,
    });
    await route({ type: 'ai:activity', kind: 'prompt' }, page('https://claude.ai/new'));
    await expect(route({ type: 'ai:activity', kind: 'prompt' }, page('https://evil.example/'))).rejects.toThrow(
      /not an AI tool page/,
    );
    await expect(route({ type: 'ai:activity', kind: 'prompt' }, page())).rejects.toThrow(/not an AI tool page/);
    expect((await sink.list()).map((e) => [e.type, e.toolId])).toEqual([
      ['ai_session', 'chatgpt'],
      ['ai_prompt', 'claude'],
    ]);
  });

  it('accepts habit and privacy requests only from extension pages', async () => {
    const { route, sink, settings, deleted } = setup();
    const popup: MessageSender = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
    await route({ type: 'habit:log' }, popup);
    expect((await sink.list()).map((e) => e.type)).toEqual(['manual_log']);
    await expect(route({ type: 'habit:log' }, page())).rejects.toThrow(/only accepted from extension pages/);
    await expect(route({ type: 'data:delete-all', confirm: 'delete everything' }, page())).rejects.toThrow(
      /only accepted from extension pages/,
    );
    await expect(route({ type: 'data:delete-all', confirm: 'yes' }, popup)).rejects.toThrow(/confirm/);
    expect(deleted()).toBe(0);
    await route({ type: 'data:delete-all', confirm: 'delete everything' }, popup);
    expect(deleted()).toBe(1);
    await route({ type: 'settings:habits', patch: { weeklyGoalDays: 4 } }, popup);
    expect((await settings.get()).weeklyGoalDays).toBe(4);
    await expect(route({ type: 'settings:habits', patch: { weeklyGoalDays: 9 } }, popup)).rejects.toThrow(
      /weeklyGoalDays/,
    );
    await expect(route({ type: 'coach:open' }, popup)).rejects.toThrow(/not accepted from extension pages/);
    // Policy and sync views go to their services, and only from extension pages.
    expect(await route({ type: 'sync:consent', consent: true }, popup)).toEqual({ consent: true });
    expect(await route({ type: 'policy:user', patch: { caps: { tipsPerDay: 1 } } }, popup)).toEqual({
      patch: { caps: { tipsPerDay: 1 } },
    });
    await expect(route({ type: 'sync:now' }, page())).rejects.toThrow(/only accepted from extension pages/);
    await expect(route({ type: 'policy:status' }, page())).rejects.toThrow(/only accepted from extension pages/);
  });

  it('records nothing while tracking is paused, but tip choices still apply', async () => {
    const { route, sink, settings } = setup();
    const popup: MessageSender = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
    await route({ type: 'settings:habits', patch: { trackingPaused: true } }, popup);
    expect((await settings.get()).trackingPaused).toBe(true);
    await route({ type: 'habit:log' }, popup);
    expect(await sink.list()).toHaveLength(0);
  });
});
