/**
 * Routes runtime messages to the coach service. Every message is checked for its sender and
 * parsed with zod first; browser APIs come in as functions so this runs (and is tested) in Node.
 */
import { RequestSchema, describeIssues, type Push, type Visit } from '../messages';
import { detectContext, detectorFor } from '../sites';
import type { AppId } from '../sites/types';
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
  /** This extension's id: messages from anyone else are refused. */
  extensionId: string;
  /** Inject the card bundle into one frame of a tab. */
  injectCoach(tabId: number, frameId: number): Promise<void>;
  openTab(url: string, openerTabId: number): Promise<void>;
  push(tabId: number, message: Push): Promise<void>;
}

export type Router = (message: unknown, sender: MessageSender) => Promise<unknown>;

export function createRouter(deps: RouterDeps): Router {
  const { service } = deps;

  async function visit(href: string, sender: MessageSender): Promise<Visit> {
    // The URL must be the sender's own page (same origin), never one it makes up for another site.
    if (!sender.url || safeOrigin(href) === null || safeOrigin(href) !== safeOrigin(sender.url)) {
      throw new Error('page:visit: href is not the sending page');
    }
    const context = detectContext(href);
    return { context, offer: context ? await service.offer(context) : null };
  }

  return async (message, sender) => {
    if (sender.id !== deps.extensionId) throw new Error('Message from another extension refused');
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) throw new Error(`Invalid message: ${describeIssues(parsed.error)}`);
    const request = parsed.data;
    const tab = sender.tab?.id;
    if (tab === undefined) throw new Error(`${request.type}: only accepted from a page`);
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
        const launch = await service.openTool(request.toolId, request.prompt);
        await service.record(request.event);
        await deps.openTab(launch.url, tab);
        return launch;
      }
      case 'prefs:tool':
        await service.setTool(request.toolId);
        return null;
    }
  };
}

/** A page may only speak for the app whose host it runs on. */
function requireHostOf(sender: MessageSender, app: AppId): void {
  let host = '';
  try {
    host = sender.url ? new URL(sender.url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  if (!host || !detectorFor(app).ownsHost(host)) throw new Error(`Sender is not on a ${app} page`);
}

function safeOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
