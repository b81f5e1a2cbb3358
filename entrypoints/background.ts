/**
 * Thin wiring: chrome APIs in, the coach service and message router out (both in lib/coach).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/lib/coach/router';
import { CoachService } from '@/lib/coach/service';
import type { Push, Reply } from '@/lib/messages';
import { loadBundledPlaybook } from '@/lib/playbook/load';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import { isSupportedHost } from '@/lib/sites';
import { MemoryUsageSink } from '@/lib/usage/events';

/** The card bundle the background injects when the employee opens the pill. */
const COACH_SCRIPT = '/content-scripts/coach.js';

export default defineBackground(() => {
  const tips = loadBundledPlaybook();
  const service = new CoachService({
    store: {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
    },
    // Kept in memory until the habits store (IndexedDB) lands; the interface stays.
    sink: new MemoryUsageSink(),
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    tips: () => tips,
    tools: () => DEFAULT_AI_TOOLS,
    warn: (m) => console.warn(`[lastmile] ${m}`),
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
    extensionId: browser.runtime.id,
    injectCoach: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COACH_SCRIPT] });
    },
    openTab: async (url, openerTabId) => {
      await browser.tabs.create({ url, openerTabId });
    },
    push,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
    route(message, sender).then(
      (data) => sendResponse({ ok: true, data }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // keep the channel open for the async reply
  });

  // SPA navigations the page makes are seen by the browser: tell the detector to look again
  // (next to its own listeners; covers browsers without the Navigation API). Leaving a work page
  // for another page of the same app counts too: the pill must go.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && isSupportedHost(change.url)) void push(tabId, { type: 'nav' });
  });
});
