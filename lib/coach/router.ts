/**
 * Routes runtime messages to the services. Every message is checked for its sender and parsed
 * with zod first; browser APIs come in as functions so this runs (and is tested) in Node.
 *
 * Who may send what:
 * - SaaS pages (detector, card): page:visit, coach:*, usage:event, ai:open, prefs:tool, i18n:messages —
 *   from a tab, and for an app only from that app's hosts (i18n:messages: from any supported app's host).
 * - AI-tool pages (watcher): ai:activity — from a tab on a known AI tool's host.
 * - Extension pages (popup, habits, options, onboarding): habit:log, settings:habits, data:delete-all,
 *   policy:*, sync:*, onboarding:done.
 */
import { z } from 'zod';
import type { ChromeMessages } from '../i18n/schema';
import { RequestSchema, describeIssues, type Push, type Request, type Visit } from '../messages';
import { aiToolForHost } from '../policy/tools';
import { detectContext, detectorFor, isSupportedHost } from '../sites';
import type { AppId } from '../sites/types';
import { UsageEventInputSchema } from '../usage/events';
import type { HabitSettingsStore } from '../usage/settings';
import type { CoachService } from './service';

/** What the router needs to know of a message's sender (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface RouterDeps {
  service: CoachService;
  settings: HabitSettingsStore;
  /** This extension's id: messages from anyone else are refused. */
  extensionId: string;
  /** URL prefix of this extension's own pages (runtime.getURL('')). */
  extensionOrigin: string;
  /** Inject the card bundle into one frame of a tab. */
  injectCoach(tabId: number, frameId: number): Promise<void>;
  openTab(url: string, openerTabId: number): Promise<void>;
  push(tabId: number, message: Push): Promise<void>;
  /** The packaged messages for the browser's language, else English (lib/i18n/fallback.ts). */
  packagedMessages(): Promise<ChromeMessages>;
  /** Deletes the usage log, rollups and tip state. */
  deleteAll(): Promise<void>;
  /** Extension-page services: the policy view and sync (bound by the background). */
  pages: {
    policyStatus(): Promise<unknown>;
    setUserPolicy(patch: unknown): Promise<unknown>;
    syncStatus(): Promise<unknown>;
    syncPreview(): Promise<unknown>;
    syncConsent(consent: boolean): Promise<unknown>;
    syncNow(): Promise<unknown>;
    /** Remember the first-run tour as done. Optional: a router without it refuses onboarding:done. */
    onboardingDone?(): Promise<unknown>;
  };
}

export type Router = (message: unknown, sender: MessageSender) => Promise<unknown>;

const EXTENSION_PAGE_MESSAGES: ReadonlySet<Request['type']> = new Set([
  'habit:log',
  'settings:habits',
  'data:delete-all',
  'policy:status',
  'policy:user',
  'sync:status',
  'sync:preview',
  'sync:consent',
  'sync:now',
  'onboarding:done',
]);

export function createRouter(deps: RouterDeps): Router {
  const { service } = deps;

  async function visit(href: string, sender: MessageSender): Promise<Visit> {
    // The URL must be the sender's own page (same origin), never one it makes up for another site.
    if (!sender.url || safeOrigin(href) === null || safeOrigin(href) !== safeOrigin(sender.url)) {
      throw new Error('page:visit: href is not the sending page');
    }
    const context = detectContext(href);
    if (!context) return { context, offer: null, notes: [] };
    // Reply as soon as the offer is known; the service commits its bookkeeping right after, in
    // order (see CoachService.visitEarly), and reports a failure to store it.
    const { answer, committed } = service.visitEarly(context);
    committed.catch(() => undefined);
    const { offer, notes } = await answer;
    return { context, offer, notes: notes.map(({ id, level, text, link }) => ({ id, level, text, ...(link ? { link } : {}) })) };
  }

  async function fromExtensionPage(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'habit:log':
        await service.record({ type: 'manual_log' });
        return null;
      case 'settings:habits':
        return deps.settings.update(request.patch);
      case 'data:delete-all':
        await deps.deleteAll();
        return null;
      case 'policy:status':
        return deps.pages.policyStatus();
      case 'policy:user':
        return deps.pages.setUserPolicy(request.patch);
      case 'sync:status':
        return deps.pages.syncStatus();
      case 'sync:preview':
        return deps.pages.syncPreview();
      case 'sync:consent':
        return deps.pages.syncConsent(request.consent);
      case 'sync:now':
        return deps.pages.syncNow();
      case 'onboarding:done':
        if (!deps.pages.onboardingDone) throw new Error('onboarding:done: not available');
        return deps.pages.onboardingDone();
      default:
        throw new Error(`${request.type}: not accepted from extension pages`);
    }
  }

  async function fromTab(request: Request, sender: MessageSender, tab: number): Promise<unknown> {
    switch (request.type) {
      case 'page:visit':
        return visit(request.href, sender);
      case 'coach:tips':
        requireHostOf(sender, request.context.app);
        return service.tipsFor(request.context);
      case 'coach:open':
        await deps.injectCoach(tab, sender.frameId ?? 0);
        return null;
      case 'usage:event': {
        const event = await service.record(request.event);
        if (event.type === 'dismissed' || event.type === 'dont_show' || event.type === 'snoozed') {
          // Tell the tab's detector to ask again: the pill shows the next tip or goes away.
          await deps.push(tab, { type: 'refresh' });
        }
        return null;
      }
      case 'ai:open': {
        // Checked before anything happens: a malformed event must not leave the tool choice saved.
        const event = UsageEventInputSchema.safeParse(request.event);
        if (!event.success) throw new Error(`Invalid usage event: ${z.prettifyError(event.error)}`);
        requireHostOf(sender, request.where.app);
        // The policy is checked for the page the card showed and for the one the sender is on now
        // (a stale card or a made-up context must not open AI where a note blocks it).
        const current = detectContext(sender.url ?? '');
        const pages = current ? [request.where, current] : [request.where];
        const launch = await service.openTool(request.toolId, request.prompt, pages);
        await service.record(request.event);
        await deps.openTab(launch.url, tab);
        return launch;
      }
      case 'prefs:tool':
        await service.setTool(request.toolId);
        return null;
      case 'i18n:messages':
        // Only the card asks, and it runs on the supported apps' pages only.
        if (!isSupportedHost(sender.url ?? '')) throw new Error('Sender is not on a supported app page');
        return deps.packagedMessages();
      case 'ai:activity': {
        const host = hostOf(sender.url);
        const toolId = aiToolForHost(host);
        if (!toolId) throw new Error('ai:activity: sender is not an AI tool page');
        await service.record({ type: request.kind === 'prompt' ? 'ai_prompt' : 'ai_session', toolId });
        return { shadow: request.kind === 'session' ? await service.shadowNote(host) : null };
      }
      default:
        throw new Error(`${request.type}: only accepted from extension pages`);
    }
  }

  return async (message, sender) => {
    if (sender.id !== deps.extensionId) throw new Error('Message from another extension refused');
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) throw new Error(`Invalid message: ${describeIssues(parsed.error)}`);
    const request = parsed.data;
    if (sender.url?.startsWith(deps.extensionOrigin)) {
      return fromExtensionPage(request);
    }
    if (EXTENSION_PAGE_MESSAGES.has(request.type)) {
      throw new Error(`${request.type}: only accepted from extension pages`);
    }
    const tab = sender.tab?.id;
    if (tab === undefined) throw new Error(`${request.type}: only accepted from a page`);
    return fromTab(request, sender, tab);
  };
}

/** A page may only speak for the app whose host it runs on. */
function requireHostOf(sender: MessageSender, app: AppId): void {
  const host = hostOf(sender.url);
  if (!host || !detectorFor(app).ownsHost(host)) throw new Error(`Sender is not on a ${app} page`);
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

function safeOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
