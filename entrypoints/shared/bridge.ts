/**
 * The detector and the on-demand coach run in the same isolated world of the same frame, so they
 * share `globalThis` there (page scripts can't see it). The detector owns the shadow root, the
 * pill and the page context; the coach registers itself to render the card.
 */
import type { PageContext } from '@/lib/sites/types';

export interface CoachHandle {
  /** Show the card (again) for the current context. */
  open(): void;
  /** The context changed (SPA navigation) or went away (`null`): follow it or clean up. */
  update(context: PageContext | null): void;
  /** Remove the card and everything it registered. */
  destroy(): void;
}

export interface Bridge {
  /** Open shadow root on the <lastmile-root> host; page CSS can't reach inside. */
  readonly shadow: ShadowRoot;
  context(): PageContext | null;
  /** The card closed: the pill takes focus back if the card had it, and re-checks the page. */
  cardClosed(options: { restoreFocus: boolean; recheck: boolean }): void;
  coach?: CoachHandle;
}

const KEY = '__lastmileBridge';

export function getBridge(): Bridge | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as Bridge | undefined;
}

export function setBridge(bridge: Bridge | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = bridge;
}
