import { i18n } from '#i18n';
import { httpsHref } from './note-badge';
import { SHADOW_NOTE_CSS } from './styles';

/**
 * On a known AI tool the company didn't approve: a small, polite pointer to the approved one.
 * Plain DOM because it ships in the always-injected AI-tool watcher, which must stay tiny. Never
 * modal, never takes focus; "Dismiss" removes it. Styles are SHADOW_NOTE_CSS (mountShadowNote
 * brings them, in its own shadow root).
 * Names and URLs are only ever assigned via textContent / setAttribute, never parsed as HTML.
 */

export interface ShadowNoteInfo {
  /** The tool the employee is on ("Claude"). */
  toolName: string;
  approvedName: string;
  /** Where the approved tool lives; not linked unless it is https. */
  approvedUrl: string;
}

export interface ShadowNote {
  element: HTMLElement;
  destroy(): void;
}

export function createShadowNote(doc: Document, info: ShadowNoteInfo, opts: { onDismiss(): void }): ShadowNote {
  const box = doc.createElement('aside');
  box.className = 'lm-sn';
  box.setAttribute('aria-label', i18n.t('note.approved.label'));

  const text = doc.createElement('p');
  text.textContent = i18n.t('note.approved.text', { tool: info.approvedName });
  box.append(text);

  const href = httpsHref(info.approvedUrl);
  if (href) {
    const link = doc.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer'; // i18n-ignore: link relation keywords, not text
    link.textContent = i18n.t('note.approved.open', { tool: info.approvedName });
    box.append(link);
  }

  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = i18n.t('common.dismiss');
  const onDismiss = (): void => opts.onDismiss();
  dismiss.addEventListener('click', onDismiss);
  box.append(dismiss);

  return {
    element: box,
    destroy() {
      dismiss.removeEventListener('click', onDismiss);
      box.remove();
    },
  };
}

/** Host element of the mounted note (one per page). */
export const SHADOW_NOTE_TAG = 'lastmile-ai-note';

/**
 * Adds the note to the page in its own shadow root (page CSS can't reach it, ours can't leak).
 * `onDismiss` runs after the note removed itself; `destroy` removes it without asking.
 */
export function mountShadowNote(doc: Document, info: ShadowNoteInfo, opts: { onDismiss(): void }): ShadowNote {
  const host = doc.createElement(SHADOW_NOTE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_NOTE_CSS;
  const note = createShadowNote(doc, info, {
    onDismiss: () => {
      note.destroy();
      host.remove();
      opts.onDismiss();
    },
  });
  shadow.append(style, note.element);
  doc.documentElement.append(host);
  return {
    element: host,
    destroy() {
      note.destroy();
      host.remove();
    },
  };
}
