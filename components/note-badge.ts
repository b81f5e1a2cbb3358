import { i18n } from '#i18n';
import { safeLink } from '@/lib/policy/safe-link';
import { ALERT_PATH, CHECK_PATH } from './icon-paths';

/**
 * The permission-note badge: a small chip above the pill naming the strictest note's level and
 * text, shown on every page a note covers (with or without a tip). Plain DOM because it ships in
 * the always-injected detector, which must stay tiny. Styles are NOTE_CSS.
 * Note text is only ever assigned via textContent / setAttribute, never parsed as HTML.
 */

/** What the badge needs of a note (a subset of NoteView in lib/messages). */
export interface BadgeNote {
  level: 'allowed' | 'caution' | 'blocked';
  text: string;
  link?: string;
}

export type BadgeLevel = BadgeNote['level'];

/** A circle with a bar: "not here". Shared with the card (TipCard) so both speak one language. */
export const BLOCKED_PATH = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM5.6 5.6l12.8 12.8';

/** The icon for each level, as the badge and the card show it. */
export const NOTE_LEVEL_UI: Readonly<Record<BadgeLevel, string>> = {
  allowed: CHECK_PATH,
  caution: ALERT_PATH,
  blocked: BLOCKED_PATH,
};

/** The words for a level ("AI allowed"), in the browser's language. */
export function noteLevelLabel(level: BadgeLevel): string {
  switch (level) {
    case 'allowed':
      return i18n.t('note.level.allowed');
    case 'caution':
      return i18n.t('note.level.caution');
    case 'blocked':
      return i18n.t('note.level.blocked');
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An href-safe URL (https only), or undefined. */
export const httpsHref = safeLink;

export interface NoteBadge {
  element: HTMLDivElement;
  /** Show the strictest of these notes (they arrive strictest first), or hide when there are none. */
  update(notes: readonly BadgeNote[]): void;
  destroy(): void;
}

export function createNoteBadge(doc: Document): NoteBadge {
  const box = doc.createElement('div');
  box.className = 'lm-nb';
  box.setAttribute('role', 'note');
  box.hidden = true;

  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);

  const label = doc.createElement('span');
  label.className = 'lm-nb-l';
  // Truncated by CSS; the full text is in the DOM, so it is also the accessible text.
  const text = doc.createElement('span');
  text.className = 'lm-nb-t';
  const link = doc.createElement('a');
  link.target = '_blank';
  link.rel = 'noopener noreferrer'; // i18n-ignore: link relation keywords, not text
  link.textContent = i18n.t('common.readRule');

  box.append(svg, label, doc.createTextNode(' '), text);

  return {
    element: box,
    update(notes) {
      const note = notes[0];
      if (!note) {
        box.hidden = true;
        return;
      }
      const level = noteLevelLabel(note.level);
      box.dataset.level = note.level;
      path.setAttribute('d', NOTE_LEVEL_UI[note.level]);
      label.textContent = i18n.t('note.levelPrefix', { level });
      text.textContent = note.text;
      box.setAttribute('aria-label', i18n.t('note.full', { level, text: note.text }));
      const href = httpsHref(note.link);
      if (href) {
        link.href = href;
        link.setAttribute('aria-label', i18n.t('note.readRuleNewTab'));
        box.append(link);
        // The link is the keyboard stop that reveals the full text (:focus-within).
        box.removeAttribute('tabindex');
      } else {
        link.remove();
        link.removeAttribute('href');
        // No link: the chip itself takes focus so keyboard users can read the whole note.
        box.tabIndex = 0;
      }
      box.hidden = false;
    },
    destroy() {
      box.remove();
    },
  };
}
