/**
 * The card, injected by the background only when the employee opens the pill (React is paid for
 * here, never on page load). It renders into the detector's shadow root and follows its context.
 */
import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CARD_CSS } from '@/components/styles';
import { CoachTipsReplySchema } from '@/lib/coach/protocol';
import { recordTitleFromDocumentTitle, SITE_MATCHES, type PageContext } from '@/lib/sites';
import { getBridge } from '../shared/bridge';
import { send } from '../shared/send';
import { CoachApp } from './App';
import { cardMessagesReady } from './messages';
import { createCoachStore } from './store';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  registration: 'runtime',
  main() {
    const bridge = getBridge();
    if (!bridge) return; // the detector went away before we arrived
    if (bridge.coach) {
      bridge.coach.open();
      return;
    }

    const store = createCoachStore();
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    const container = document.createElement('div');
    bridge.shadow.append(style, container);
    const root = createRoot(container);
    // Keys typed in the card must not reach the page's shortcuts (Gmail's "c", Jira's "/").
    // React listens on this same container, so the card still sees them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      container.addEventListener(type, (e) => e.stopPropagation());
    }

    let titleObserver: MutationObserver | null = null;
    // Only a record page's title names a record; a list's title names the list view.
    const readRecordName = (context: PageContext | null) =>
      context?.recordId ? recordTitleFromDocumentTitle(context.app, document.title) : undefined;

    // Lightning and friends set the title after the URL: while the card is open, follow the
    // <title> element only (a narrow observer, disconnected when the card closes).
    const watchTitle = () => {
      titleObserver?.disconnect();
      const title = document.querySelector('title');
      if (!title) return;
      titleObserver = new MutationObserver(() => {
        store.setState({ recordName: readRecordName(store.getState().context) });
      });
      titleObserver.observe(title, { childList: true, characterData: true, subtree: true });
    };

    let loadSeq = 0;
    const load = async (context: PageContext) => {
      const seq = ++loadSeq;
      // What was redacted at a copy belongs to that page's prompt.
      store.setState({ context, recordName: readRecordName(context), loadFailed: false, sentRedactions: {} });
      try {
        const data = await send({ type: 'coach:tips', context }, CoachTipsReplySchema);
        if (seq !== loadSeq) return; // a newer navigation won
        if (data.tips.length === 0) {
          close({ restoreFocus: false, recheck: true });
          return;
        }
        store.setState({
          tips: data.tips,
          tools: data.tools,
          toolId: data.toolId,
          notes: data.notes,
          redact: data.redact,
          orgName: data.orgName,
        });
      } catch (e) {
        if (seq !== loadSeq) return;
        // The employee gets a translated message; the technical detail is for whoever debugs the page.
        console.warn(`[lastmile] tips not loaded: ${e instanceof Error ? e.message : String(e)}`);
        store.setState({ loadFailed: true });
      }
    };

    const open = () => {
      const context = bridge.context();
      if (!context) return;
      store.setState((s) => ({ open: true, viewId: crypto.randomUUID(), openCount: s.openCount + 1 }));
      watchTitle();
      void load(context);
    };

    const close = (options: { restoreFocus: boolean; recheck: boolean }) => {
      titleObserver?.disconnect();
      titleObserver = null;
      store.setState({ open: false, tips: [] });
      bridge.cardClosed(options);
    };

    // Registered at once, so a second click while the messages load doesn't inject a second card.
    let rendered = false;
    let destroyed = false;
    bridge.coach = {
      open() {
        if (rendered) open(); // else the first render opens it
      },
      update(context) {
        if (!context) {
          close({ restoreFocus: false, recheck: false });
          return;
        }
        if (store.getState().open) void load(context);
      },
      destroy() {
        destroyed = true;
        titleObserver?.disconnect();
        root.unmount();
        container.remove();
        style.remove();
        bridge.coach = undefined;
      },
    };

    // Labels need the messages at the first render (an empty bundle would show a blank card); whatever
    // happens there, the card still renders.
    void cardMessagesReady()
      .catch(() => 'none' as const)
      .then(() => {
        if (destroyed) return;
        rendered = true;
        root.render(<CoachApp store={store} onClose={close} />);
        open();
      });
  },
});
