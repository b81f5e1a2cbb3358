/**
 * Thin wiring: browser APIs in; the coach service, the usage store and the message router (all
 * in lib/) out. Only this context writes IndexedDB; pages read it and ask here for changes.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/lib/coach/router';
import { CoachService, STORAGE_KEYS } from '@/lib/coach/service';
import type { KeyValueStore } from '@/lib/kv';
import type { Push, Reply } from '@/lib/messages';
import { loadBundledPlaybook } from '@/lib/playbook/load';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import { isSupportedHost } from '@/lib/sites';
import { localDay } from '@/lib/usage/day';
import { LastmileDb } from '@/lib/usage/db';
import { summarizeHabits } from '@/lib/usage/habits';
import { LAST_RECAP_KEY, RECAP_CHECK_MINUTES, recapDue, recapNotification } from '@/lib/usage/recap-notification';
import { HABIT_SETTINGS_KEY, HabitSettingsStore } from '@/lib/usage/settings';
import { UsageStore } from '@/lib/usage/store';

/** The card bundle the background injects when the employee opens the pill. */
const COACH_SCRIPT = '/content-scripts/coach.js';
const ALARMS = { prune: 'prune', recap: 'weekly-recap' } as const;
/** Pruning is cheap and idempotent (the store runs it at most once a day). */
const PRUNE_CHECK_MINUTES = 60;
/** Days of rollups the recap looks at: this week, last week and the one before. */
const RECAP_LOOKBACK_DAYS = 21;

export default defineBackground(() => {
  const log = (m: string) => console.warn(`[lastmile] ${m}`);
  const kv: KeyValueStore = {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
    remove: (keys) => browser.storage.local.remove(keys),
  };
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const tips = loadBundledPlaybook();
  const settings = new HabitSettingsStore(kv, log);
  const store = new UsageStore(new LastmileDb({ indexedDB, IDBKeyRange }), {
    now: () => new Date(),
    warn: log,
    onQuota: (w) => log(`storage full: pruned ${w.deletedEvents} old events (${w.recovered ? 'recovered' : 'still full'})`),
  });
  const service = new CoachService({
    store: kv,
    sink: store,
    now: () => new Date(),
    timeZone,
    tips: () => tips,
    tools: () => DEFAULT_AI_TOOLS,
    trackingPaused: async () => (await settings.get()).trackingPaused,
    warn: log,
  });

  const push = async (tabId: number, message: Push) => {
    try {
      await browser.tabs.sendMessage(tabId, message);
    } catch {
      // No detector in that tab (not a supported page, or still loading): nothing to tell.
    }
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
    deleteAll: async () => {
      await store.deleteAll();
      await browser.storage.local.remove([STORAGE_KEYS.tipState, STORAGE_KEYS.prefs, LAST_RECAP_KEY]);
      service.forget();
    },
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
    route(message, sender).then(
      (data) => sendResponse({ ok: true, data }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // keep the channel open for the async reply
  });

  // Another context (the habits page, a policy) changed settings: drop the cached copy.
  browser.storage.onChanged.addListener((changes, area) => {
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
    const today = localDay(new Date(), timeZone());
    const from = new Date(Date.now() - RECAP_LOOKBACK_DAYS * 86_400_000);
    const { recap } = summarizeHabits(await store.rollups(localDay(from, timeZone())), s, today);
    const last = await kv.get(LAST_RECAP_KEY);
    if (!recapDue(recap, typeof last === 'string' ? last : undefined)) return;
    const { title, message } = recapNotification(recap);
    await browser.notifications.create(ALARMS.recap, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    await kv.set(LAST_RECAP_KEY, recap.thisWeek.start);
  }

  void browser.alarms.create(ALARMS.prune, { periodInMinutes: PRUNE_CHECK_MINUTES, delayInMinutes: 1 });
  void browser.alarms.create(ALARMS.recap, { periodInMinutes: RECAP_CHECK_MINUTES, delayInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    const job =
      alarm.name === ALARMS.prune
        ? settings.get().then((s) => store.pruneIfDue(s.retentionDays))
        : alarm.name === ALARMS.recap
          ? maybeSendRecap()
          : Promise.resolve();
    job.catch((e: unknown) => log(`${alarm.name} failed: ${e instanceof Error ? e.message : String(e)}`));
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id === ALARMS.recap) void browser.runtime.openOptionsPage();
  });
});
