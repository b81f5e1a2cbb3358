/**
 * Thin wiring: chrome APIs in, CoachService out. Every message is checked for its sender and
 * parsed with zod before anything happens.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CoachService } from '@/lib/coach/service';
import { loadBundledPlaybook } from '@/lib/playbook/load';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import { MemoryUsageSink } from '@/lib/usage/events';
import { RequestSchema, describeIssues, type Push, type Reply, type Request, type Visit } from '@/lib/messages';
import { detectContext, detectorFor } from '@/lib/sites';

type Sender = Browser.runtime.MessageSender;

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

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (r: Reply<unknown>) => void) => {
    handle(message, sender).then(
      (data) => sendResponse({ ok: true, data }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // keep the channel open for the async reply
  });

  async function handle(message: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== browser.runtime.id) throw new Error('Message from another extension refused');
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) throw new Error(`Invalid message: ${describeIssues(parsed.error)}`);
    const request: Request = parsed.data;
    const tab = requireTab(sender);
    switch (request.type) {
      case 'page:visit':
        return visit(request.href, sender);
      case 'coach:tips':
        requireHostOf(sender, request.context.app);
        return service.tipsFor(request.context);
      case 'coach:open':
        await browser.scripting.executeScript({
          target: { tabId: tab, frameIds: [sender.frameId ?? 0] },
          files: [COACH_SCRIPT],
        });
        return null;
      case 'usage:event': {
        const event = await service.record(request.event);
        if (event.type === 'dismissed' || event.type === 'dont_show' || event.type === 'snoozed') {
          void push(tab, { type: 'refresh' });
        }
        return null;
      }
      case 'ai:open': {
        const launch = await service.openTool(request.toolId, request.prompt);
        await service.record(request.event);
        await browser.tabs.create({ url: launch.url, openerTabId: tab });
        return launch;
      }
      case 'prefs:tool':
        await service.setTool(request.toolId);
        return null;
    }
  }

  async function visit(href: string, sender: Sender): Promise<Visit> {
    // The URL must be the sender's own page (same origin), never one it makes up for another site.
    if (!sender.url || safeOrigin(href) !== safeOrigin(sender.url)) throw new Error('URL is not the sender page');
    const context = detectContext(href);
    return { context, offer: context ? await service.offer(context) : null };
  }

  // SPA navigations the page makes are seen by the browser: tell the detector to look again.
  // (Belt and braces next to the detector's own listeners; covers browsers without the Navigation API.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && detectContext(change.url)) void push(tabId, { type: 'nav' });
  });
});

function requireTab(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('This message is only accepted from a page');
  return id;
}

/** A content script may only speak for the app whose host it runs on. */
function requireHostOf(sender: Sender, app: Parameters<typeof detectorFor>[0]): void {
  const host = sender.url ? safeHost(sender.url) : '';
  if (!host || !detectorFor(app).ownsHost(host)) throw new Error(`Sender is not on a ${app} page`);
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

async function push(tabId: number, message: Push): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No detector in that tab (not a supported page, or the page is still loading): nothing to do.
  }
}
