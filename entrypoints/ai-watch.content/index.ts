/**
 * The AI-tool watcher, on the known AI tools' pages only. It tells the background that a session
 * started (once per page load) and that a prompt was sent — never what was written: it looks at
 * keys, tag names and attributes, never at values or text. Three capture-phase listeners and
 * nothing else: no observers, no polling, no React, no detector tables. On a tool the company
 * didn't approve, the session reply carries a pointer to the approved one, shown as a small note.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  COMPOSER_SELECTOR,
  PROMPT_DEBOUNCE_MS,
  createDebouncer,
  isComposer,
  isSendKey,
  looksLikeSendButton,
  type ButtonDescription,
  type ElementDescription,
} from '@/lib/ai-watch';
import { aiActivityReplySchema, nullReplySchema } from '@/lib/page-replies';
import { AI_TOOL_MATCHES } from '@/lib/policy/ai-hosts';
import { mountShadowNote, type ShadowNote, type ShadowNoteInfo } from '@/components/shadow-note';
import { send } from '../shared/send';

/** Capture phase: we see the event even if the page stops it later. Passive: we never prevent it. */
const LISTEN = { capture: true, passive: true } as const;

/** The innermost element an event started at, through open shadow roots (the path is retargeted at document). */
function origin(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

function describeElement(el: Element): ElementDescription {
  return {
    tag: el.localName,
    editable: el instanceof HTMLElement && el.isContentEditable,
    role: el.getAttribute('role'),
  };
}

function holdsComposer(form: HTMLFormElement | null): boolean {
  return form !== null && form.querySelector(COMPOSER_SELECTOR) !== null;
}

/** The nearest button-like element on the event's path, within the page. */
function buttonOnPath(event: Event): Element | null {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.localName === 'button' || node.getAttribute('role') === 'button') return node;
  }
  return null;
}

function describeButton(el: Element): ButtonDescription {
  const button = el instanceof HTMLButtonElement ? el : null;
  return {
    tag: el.localName,
    role: el.getAttribute('role'),
    ariaLabel: el.getAttribute('aria-label'),
    testId: el.getAttribute('data-testid'),
    type: button ? button.type : null,
    inComposerForm: holdsComposer(button?.form ?? null),
    disabled: (button?.disabled ?? false) || el.getAttribute('aria-disabled') === 'true',
  };
}

export default defineContentScript({
  matches: [...AI_TOOL_MATCHES],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage into the page on start; we keep out of the page's channel.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Dismissal lasts for this page only: kept in memory, never in the AI tool's own storage.
    let dismissed = false;
    let note: ShadowNote | null = null;
    const showNote = (info: ShadowNoteInfo) => {
      if (dismissed || note || ctx.isInvalid) return;
      note = mountShadowNote(document, info, {
        onDismiss: () => {
          dismissed = true;
          note = null;
        },
      });
    };
    // Extension updated or disabled: leave the page as we found it.
    ctx.onInvalidated(() => {
      note?.destroy();
      note = null;
    });

    const report = (kind: 'session' | 'prompt') => {
      if (ctx.isInvalid) return;
      // Background unavailable (extension updating): losing one count beats disturbing the page.
      if (kind === 'prompt') {
        send({ type: 'ai:activity', kind }, nullReplySchema).catch(() => undefined);
        return;
      }
      send({ type: 'ai:activity', kind }, aiActivityReplySchema)
        .then((reply) => {
          if (reply.shadow) showNote(reply.shadow);
        })
        .catch(() => undefined);
    };
    const prompts = createDebouncer(PROMPT_DEBOUNCE_MS, () => performance.now());
    const prompt = () => {
      if (prompts.send()) report('prompt');
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const target = origin(event);
      if (!target) return;
      const el = describeElement(target);
      if (isSendKey(event, el)) prompt();
      // Which key it was, never what it wrote: typing between two sends makes them two prompts.
      else if (isComposer(el)) prompts.typed();
    };
    const onClick = (event: MouseEvent) => {
      const button = buttonOnPath(event);
      if (button && looksLikeSendButton(describeButton(button))) prompt();
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = origin(event);
      if (form instanceof HTMLFormElement && holdsComposer(form)) prompt();
    };

    // ctx.addEventListener removes each listener when the context is invalidated (extension
    // updated or disabled): the page is left as we found it.
    ctx.addEventListener(document, 'keydown', onKeyDown, LISTEN);
    ctx.addEventListener(document, 'click', onClick, LISTEN);
    ctx.addEventListener(document, 'submit', onSubmit, LISTEN);

    report('session');
  },
});
