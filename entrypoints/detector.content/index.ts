/**
 * The always-injected detector: tiny and cheap by design. It hands the URL to the background
 * (which runs the site detectors and the matcher) and only when a tip fits or a permission note
 * covers the page adds one host element with a pill and/or a note badge. No React, no detector
 * tables, no DOM reads or observers: it wakes up on navigation events only.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createNoteBadge } from '@/components/note-badge';
import { createPill } from '@/components/pill';
import { NOTE_CSS, PILL_CSS } from '@/components/styles';
import { nullReplySchema, pushSchema, visitReplySchema, type Visit } from '@/lib/page-replies';
import type { PageContext } from '@/lib/sites/types';
import { SITE_MATCHES } from '@/lib/sites/hosts';
import { getBridge, setBridge, type Bridge } from '../shared/bridge';
import { send } from '../shared/send';

export const HOST_TAG = 'lastmile-root';
/**
 * The first look at the page waits for the main thread to be idle (the page's own start-up goes
 * first), but no longer than this: a tip is not urgent, yet it must not wait for ever on a busy page.
 */
const FIRST_CHECK_IDLE_TIMEOUT_MS = 1_000;
/** After the port to the background closed: when to look whether the extension itself went away. */
const EXTENSION_GONE_CHECKS_MS = [100, 1_000, 5_000];

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage into the page on start; we keep out of the page's channel.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let context: PageContext | null = null;
    let checkedHref = '';
    let ui: {
      host: HTMLElement;
      pill: ReturnType<typeof createPill>;
      badge: ReturnType<typeof createNoteBadge>;
      bridge: Bridge;
    } | null = null;

    const mountUi = () => {
      if (ui) return ui;
      const host = document.createElement(HOST_TAG);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = PILL_CSS + NOTE_CSS;
      shadow.append(style);
      const pill = createPill(document, { onOpen: openCard });
      // After the pill: NOTE_CSS moves the badge into the pill's place while the pill is hidden.
      const badge = createNoteBadge(document);
      shadow.append(pill.element, badge.element);
      const bridge: Bridge = {
        shadow,
        context: () => context,
        cardClosed: ({ restoreFocus, recheck }) => {
          pill.setExpanded(false);
          if (restoreFocus) pill.element.focus();
          if (recheck) void check(true);
        },
      };
      setBridge(bridge);
      document.documentElement.append(host);
      ui = { host, pill, badge, bridge };
      return ui;
    };

    /**
     * While our UI is on the page, an open port to the background: Chromium closes it at once when
     * the extension goes away (disabled, removed, updated), and the UI goes with it instead of at the
     * next navigation. A worker that only went idle closes it too (the extension is still there, so
     * nothing happens): the next look at the page opens it again. Nothing is ever sent on it.
     */
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const watchExtension = () => {
      if (port || ctx.isInvalid) return;
      port = browser.runtime.connect();
      port.onDisconnect.addListener(() => {
        port = undefined;
        // Chromium takes an old script's `runtime` away a moment after closing its ports.
        for (const ms of EXTENSION_GONE_CHECKS_MS) setTimeout(() => ctx.isInvalid && unmountUi(), ms);
      });
    };

    const unmountUi = () => {
      const watching = port;
      port = undefined;
      if (ui) {
        ui.bridge.coach?.destroy();
        ui.pill.destroy();
        ui.badge.destroy();
        ui.host.remove();
        // A newer detector in this frame (re-injected after an update) owns the bridge now: keep it.
        if (getBridge() === ui.bridge) setBridge(undefined);
        ui = null;
      }
      try {
        watching?.disconnect();
      } catch {
        // An orphaned script's port went with the extension; the UI is gone already.
      }
    };

    function openCard() {
      const mounted = mountUi();
      mounted.pill.setExpanded(true);
      const coach = getBridge()?.coach;
      if (coach) coach.open();
      // First open in this frame: the background injects the card bundle (React comes only now).
      else void send({ type: 'coach:open' }, nullReplySchema).catch(() => mounted.pill.setExpanded(false));
    }

    /** Looks at the URL again; `force` re-asks even when the URL did not change. */
    async function check(force = false) {
      const href = location.href;
      if (!force && href === checkedHref) return;
      checkedHref = href;
      let visit: Visit;
      try {
        visit = await send({ type: 'page:visit', href }, visitReplySchema);
      } catch {
        visit = { context: null, offer: null, notes: [] }; // background unavailable (extension updating): stay out of the way
      }
      if (ctx.isInvalid || href !== location.href) return; // a newer navigation won
      context = visit.context;
      // A page a note covers keeps the badge even without a tip to offer.
      if (!visit.context || (!visit.offer && visit.notes.length === 0)) {
        unmountUi();
        return;
      }
      const mounted = mountUi();
      watchExtension();
      mounted.pill.update(visit.offer);
      mounted.badge.update(visit.notes);
      mounted.bridge.coach?.update(visit.context);
    }

    const onNav = () => void check();
    // Same-document navigations: popstate/hashchange for back/forward and hash routers, the
    // Navigation API for pushState where the browser has it, and the background's tab watch.
    ctx.addEventListener(window, 'popstate', onNav);
    ctx.addEventListener(window, 'hashchange', onNav);
    const nav = (window as Window & { navigation?: EventTarget }).navigation;
    if (nav) {
      nav.addEventListener('currententrychange', onNav);
      ctx.onInvalidated(() => nav.removeEventListener('currententrychange', onNav));
    }
    const onPush = (message: unknown) => {
      const push = pushSchema().safeParse(message);
      if (push.success) void check(push.data.type === 'refresh');
    };
    browser.runtime.onMessage.addListener(onPush);
    ctx.onInvalidated(() => {
      unmountUi(); // extension updated or disabled: leave the page as we found it
      // An orphaned script has no `runtime` any more (its listeners went with it): reading it threw
      // a page error here and kept the old UI next to the new detector's after an update.
      browser.runtime?.onMessage.removeListener(onPush);
    });

    // The first round trip waits for an idle moment, and its reply schema is built only when the
    // reply arrives (lib/page-replies.ts): the injection task just registers listeners.
    ctx.requestIdleCallback(() => void check(), { timeout: FIRST_CHECK_IDLE_TIMEOUT_MS });
  },
});
