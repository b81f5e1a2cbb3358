import { i18n } from '#i18n';
import { SPARKLE_PATH } from './icon-paths';

/** What the pill advertises: the top tip's title and how many tips fit this page. */
export interface PillOffer {
  title: string;
  count: number;
}

export interface Pill {
  element: HTMLButtonElement;
  /** Show the pill for an offer, or hide it (null). Never moves focus. */
  update(offer: PillOffer | null): void;
  /** Mirror whether the card the pill opens is showing. */
  setExpanded(expanded: boolean): void;
  /** Detach listeners and remove the element. */
  destroy(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The small "AI tip" button. Plain DOM because it ships in the always-injected script, which must stay tiny.
 * The caller appends `element` to its shadow root; styles are PILL_CSS.
 * Page-derived text is only ever assigned via textContent / setAttribute, never parsed as HTML.
 */
export function createPill(doc: Document, opts: { onOpen(): void }): Pill {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'lm-pill';
  button.hidden = true;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');

  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', SPARKLE_PATH);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);

  const label = doc.createElement('span');
  label.className = 'lm-pill-l';
  label.textContent = i18n.t('pill.label');

  // Revealed on hover/focus by CSS. The name comes from aria-label; the visible words stay a prefix of it
  // ("AI tip" + title, the space a real text node) so speech users can say what they see. Every
  // language keeps that shape: pill.name and pill.nameMany start with pill.label.
  const title = doc.createElement('span');
  title.className = 'lm-pill-t';
  title.setAttribute('aria-hidden', 'true');

  button.append(svg, label, doc.createTextNode(' '), title);

  const onClick = (): void => opts.onOpen();
  button.addEventListener('click', onClick);

  return {
    element: button,
    update(offer) {
      if (!offer) {
        button.hidden = true;
        return;
      }
      const many = offer.count > 1;
      const name = many
        ? i18n.t('pill.nameMany', { title: offer.title, count: offer.count })
        : i18n.t('pill.name', { title: offer.title });
      button.setAttribute('aria-label', name);
      title.textContent = offer.title;
      // The count badge is CSS-generated content so it adds no DOM text that the name would have to repeat.
      if (many) button.dataset.count = String(offer.count);
      else delete button.dataset.count;
      button.hidden = false;
    },
    setExpanded(expanded) {
      button.setAttribute('aria-expanded', expanded ? 'true' : 'false');
    },
    destroy() {
      button.removeEventListener('click', onClick);
      button.remove();
    },
  };
}
