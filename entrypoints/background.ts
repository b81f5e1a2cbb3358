/**
 * Thin wiring: browser APIs in; the policy, coach, usage and sync services and the message router
 * (all in lib/) out. Only this context writes IndexedDB; pages read it and ask here for changes.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/lib/coach/router';
import { CoachService, STORAGE_KEYS } from '@/lib/coach/service';
import type { KeyValueStore } from '@/lib/kv';
import { loadPackagedMessages } from '@/lib/i18n/fallback';
import { errorReply, ReplyError, type Push, type Reply } from '@/lib/messages';
import { PolicySchema } from '@/lib/policy/schema';
import { POLICY_KEYS_IN_STORAGE, PolicyService } from '@/lib/policy/service';
import { fetchBackendPolicy, POLICY_FETCH_MINUTES } from '@/lib/policy/backend';
import { isSupportedHost } from '@/lib/sites';
import { SITE_MATCHES } from '@/lib/sites/hosts';
import { parseStoredOwnPolicy, policyStatusView, preferredToolChanged } from '@/lib/pages/replies';
import { previewReport } from '@/lib/sync/build';
import { reportSecret, webCryptoHmac } from '@/lib/sync/secret';
import { SyncService, type SyncConfigInput } from '@/lib/sync/sync';
import { SYNC_CONSENT_KEY, SyncConsentSchema } from '@/lib/sync/consent';
import { ONBOARDING_KEY, ONBOARDING_PAGE, shouldOpenOnboarding } from '@/lib/onboarding';
import { localDay } from '@/lib/usage/day';
import { LastmileDb } from '@/lib/usage/db';
import { summarizeHabits } from '@/lib/usage/habits';
import { LAST_RECAP_KEY, RECAP_CHECK_MINUTES, recapDue } from '@/lib/usage/recap-notification';
import { recapNotificationText } from '@/components/recap-text';
import { HABIT_SETTINGS_KEY, HabitSettingsStore } from '@/lib/usage/settings';
import { UsageStore } from '@/lib/usage/store';

/** The card bundle the background injects when the employee opens the pill. */
const COACH_SCRIPT = '/content-scripts/coach.js';
/** The always-injected detector, re-injected into open tabs after an install or update. */
const DETECTOR_SCRIPT = '/content-scripts/detector.js';
const ALARMS = { prune: 'prune', recap: 'weekly-recap', sync: 'sync', policy: 'policy-fetch' } as const;
/** Pruning is cheap and idempotent (the store runs it at most once a day). */
const PRUNE_CHECK_MINUTES = 60;
/** The outbox keeps its own backoff; this only wakes it up. */
const SYNC_CHECK_MINUTES = 30;
/** Days of rollups the recap and the report preview look at. */
const LOOKBACK_DAYS = 35;
const DAY_MS = 86_400_000;

export default defineBackground(() => {
  const log = (m: string) => console.warn(`[lastmile] ${m}`);
  const kv: KeyValueStore = {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
    remove: (keys) => browser.storage.local.remove(keys),
  };
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = () => localDay(new Date(), timeZone());
  const daysAgo = (n: number) => localDay(new Date(Date.now() - n * DAY_MS), timeZone());

  const policy = new PolicyService({
    kv,
    // Firefox without enterprise policy rejects storage.managed reads: no policy then.
    readManaged: () => browser.storage.managed.get().catch(() => ({})),
    now: () => new Date(),
    warn: log,
  });
  const settings = new HabitSettingsStore(kv, log);
  const db = new LastmileDb({ indexedDB, IDBKeyRange });
  const store = new UsageStore(db, {
    now: () => new Date(),
    warn: log,
    // i18n-ignore: a developer log line (console), never shown to the employee
    onQuota: (w) => log(`storage full: pruned ${w.deletedEvents} old events (${w.recovered ? 'recovered' : 'still full'})`),
  });
  const service = new CoachService({
    store: kv,
    sink: store,
    now: () => new Date(),
    timeZone,
    policy: () => policy.get(),
    // Tip text follows the browser's language (de-AT -> de -> en).
    uiLanguage: () => browser.i18n.getUILanguage(),
    trackingPaused: async () => (await settings.get()).trackingPaused,
    warn: log,
  });

  const syncConfig = async (): Promise<SyncConfigInput | null> => {
    const sync = (await policy.get()).resolved.policy.sync;
    if (!sync) return null;
    const consent = SyncConsentSchema.safeParse(await kv.get(SYNC_CONSENT_KEY));
    return {
      enabled: sync.enabled,
      endpoint: sync.endpoint,
      enrollmentToken: sync.enrollmentToken,
      ...(sync.cohort ? { cohort: sync.cohort } : {}),
      consented: consent.success && consent.data.consented,
      ...(consent.success && consent.data.consentDay ? { consentDay: consent.data.consentDay } : {}),
    };
  };
  let tipIds: ReadonlySet<string> = new Set();
  const sync = new SyncService({
    db,
    fetch: (url, init) => fetch(url, init),
    now: () => new Date(),
    today,
    random: Math.random,
    randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
    hmac: webCryptoHmac(crypto.subtle),
    tipIds: () => tipIds,
    getConfig: async () => {
      tipIds = new Set((await policy.get()).playbook.map((t) => t.id));
      return syncConfig();
    },
    warn: log,
  });

  const push = async (tabId: number, message: Push) => {
    try {
      await browser.tabs.sendMessage(tabId, message);
    } catch {
      // No detector in that tab (not a supported page, or still loading): nothing to tell.
    }
  };
  /** Policy changed: every open page asks again (notes, tips and tools follow at once). */
  const refreshAllTabs = async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void push(tab.id, { type: 'refresh' });
  };

  const route = createRouter({
    service,
    settings,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    injectCoach: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COACH_SCRIPT] });
    },
    openTab: async (url, openerTabId) => {
      await browser.tabs.create({ url, openerTabId });
    },
    push,
    // For the card when its renderer got an empty message bundle (a content script can't read these).
    packagedMessages: () =>
      loadPackagedMessages({
        uiLanguage: browser.i18n.getUILanguage(),
        getURL: (path) => browser.runtime.getURL(path as '/'),
        fetch: (url) => fetch(url),
      }),
    deleteAll: async () => {
      await store.deleteAll();
      await browser.storage.local.remove([STORAGE_KEYS.tipState, STORAGE_KEYS.prefs, LAST_RECAP_KEY, SYNC_CONSENT_KEY]);
      service.forget();
    },
    pages: {
      policyStatus: async () => policyStatusView((await policy.get()).resolved, browser.i18n.getUILanguage()),
      setUserPolicy: async (patch) => {
        const parsed = PolicySchema.partial().safeParse(patch);
        if (!parsed.success) {
          const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
          // i18n-ignore: technical detail for logs and admins; the page words the code
          throw new ReplyError('invalid_settings', `Invalid settings: ${why}`);
        }
        const before: unknown = await kv.get(POLICY_KEYS_IN_STORAGE.user);
        await kv.set(POLICY_KEYS_IN_STORAGE.user, { raw: patch, receivedAt: new Date().toISOString() });
        // A tool picked in Settings or the tour now leads on the card (not the card's last-used one).
        if (preferredToolChanged(parseStoredOwnPolicy(before).raw, patch)) await service.forgetToolChoice();
        policy.invalidate();
        void refreshAllTabs();
        return null;
      },
      syncStatus: () => sync.status(),
      syncPreview: async () => {
        const secret = await reportSecret(db, (n) => crypto.getRandomValues(new Uint8Array(n)), log);
        const view = await policy.get();
        return previewReport(today(), await store.rollups(daysAgo(LOOKBACK_DAYS)), {
          secret,
          hmac: webCryptoHmac(crypto.subtle),
          tipIds: new Set(view.playbook.map((t) => t.id)),
          ...(view.resolved.policy.sync?.cohort ? { cohort: view.resolved.policy.sync.cohort } : {}),
          warn: log,
        });
      },
      syncConsent: async (consent) => {
        await kv.set(SYNC_CONSENT_KEY, consent ? { consented: true, consentDay: today() } : { consented: false });
        return sync.status();
      },
      syncNow: () => sync.syncNow(),
      onboardingDone: async () => {
        await kv.set(ONBOARDING_KEY, { completedAt: new Date().toISOString() });
        return null;
      },
    },
  });

  // First run: open the tour once (never on updates). The page itself picks the short version
  // when IT installed Lastmile or a managed policy is in force.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      if (shouldOpenOnboarding(reason, await kv.get(ONBOARDING_KEY))) {
        await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
      }
    })().catch((e: unknown) => log(`onboarding: ${e instanceof Error ? e.message : String(e)}`));
    // Pages already open don't get the manifest's content script after an install or update: give
    // them the new detector now. Its start-up event also retires an old version's detector there,
    // which then removes its UI (WXT's context invalidation).
    if (reason === 'install' || reason === 'update') void injectDetectorIntoOpenTabs();
  });

  async function injectDetectorIntoOpenTabs(): Promise<void> {
    for (const tab of await browser.tabs.query({ url: [...SITE_MATCHES] })) {
      if (tab.id === undefined) continue;
      await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files: [DETECTOR_SCRIPT] })
        .catch(() => undefined); // a tab that is still loading gets it from the manifest anyway
    }
  }

  // The detector holds a port open while its UI is on a page, only to learn at once when the
  // extension goes away (its UI then removes itself): accepted, nothing is sent on it.
  browser.runtime.onConnect.addListener(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
    route(message, sender).then(
      (data) => sendResponse({ ok: true, data }),
      (error: unknown) => sendResponse(errorReply(error)),
    );
    return true; // keep the channel open for the async reply
  });

  // Policy can arrive late and change at any time: apply it live.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && (POLICY_KEYS_IN_STORAGE.backend in changes || POLICY_KEYS_IN_STORAGE.user in changes))) {
      policy.invalidate();
      void refreshAllTabs();
    }
    if (area === 'local' && HABIT_SETTINGS_KEY in changes) settings.invalidate();
  });

  // SPA navigations the page makes are seen by the browser: tell the detector to look again
  // (next to its own listeners; covers browsers without the Navigation API). Leaving a work page
  // for another page of the same app counts too: the pill must go.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && isSupportedHost(change.url)) void push(tabId, { type: 'nav' });
  });

  async function maybeSendRecap(): Promise<void> {
    const s = await settings.get();
    if (!s.weeklyRecapNotification || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
    const { recap } = summarizeHabits(await store.rollups(daysAgo(LOOKBACK_DAYS)), s, today());
    const last = await kv.get(LAST_RECAP_KEY);
    if (!recapDue(recap, typeof last === 'string' ? last : undefined)) return;
    const { title, message } = recapNotificationText(recap);
    await browser.notifications.create(ALARMS.recap, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    await kv.set(LAST_RECAP_KEY, recap.thisWeek.start);
  }

  async function refreshBackendPolicy(): Promise<void> {
    const config = (await policy.get()).resolved.policy.sync;
    if (!config?.enabled) return;
    const result = await fetchBackendPolicy(config, await policy.backendEtag(), (url, init) => fetch(url, init));
    if (result.kind === 'updated') await policy.setBackend(result.policy, result.etag);
  }

  const jobs: Record<string, () => Promise<unknown>> = {
    [ALARMS.prune]: async () => store.pruneIfDue((await settings.get()).retentionDays),
    [ALARMS.recap]: maybeSendRecap,
    [ALARMS.sync]: () => sync.syncNow(),
    [ALARMS.policy]: refreshBackendPolicy,
  };
  void browser.alarms.create(ALARMS.prune, { periodInMinutes: PRUNE_CHECK_MINUTES, delayInMinutes: 1 });
  void browser.alarms.create(ALARMS.recap, { periodInMinutes: RECAP_CHECK_MINUTES, delayInMinutes: 5 });
  void browser.alarms.create(ALARMS.sync, { periodInMinutes: SYNC_CHECK_MINUTES, delayInMinutes: 2 });
  void browser.alarms.create(ALARMS.policy, { periodInMinutes: POLICY_FETCH_MINUTES, delayInMinutes: 0.1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    const job = jobs[alarm.name];
    job?.().catch((e: unknown) => log(`${alarm.name} failed: ${e instanceof Error ? e.message : String(e)}`));
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id === ALARMS.recap) void browser.runtime.openOptionsPage();
  });
});
