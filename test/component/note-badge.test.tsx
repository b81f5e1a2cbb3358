import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createNoteBadge, httpsHref } from '../../components/note-badge';
import type { BadgeNote, NoteBadge } from '../../components/note-badge';
import { NOTE_CSS } from '../../components/styles';

/** Largest the badge's stylesheet may grow: it is injected with the pill on every noted page. */
const NOTE_CSS_MAX_BYTES = 1536;

let badges: NoteBadge[] = [];
function mount(): NoteBadge {
  const badge = createNoteBadge(document);
  document.body.append(badge.element);
  badges.push(badge);
  return badge;
}
afterEach(() => {
  for (const b of badges) b.destroy();
  badges = [];
});

const CAUTION: BadgeNote = {
  level: 'caution',
  text: 'Customer data: use the approved tool only and remove account numbers first.',
  link: 'https://intranet.example/ai',
};

describe('createNoteBadge', () => {
  it('starts hidden and shows the strictest (first) note with its level word', () => {
    const badge = mount();
    expect(badge.element).not.toBeVisible();
    badge.update([CAUTION, { level: 'allowed', text: 'Fine otherwise.' }]);
    const note = screen.getByRole('note', { name: `Caution: ${CAUTION.text}` });
    expect(note).toBe(badge.element);
    expect(note).toBeVisible();
    expect(note).toHaveAttribute('data-level', 'caution');
    expect(note).toHaveTextContent(`Caution: ${CAUTION.text}`);
  });

  it.each([
    ['allowed', 'AI allowed'],
    ['caution', 'Caution'],
    ['blocked', 'AI not allowed here'],
  ] as const)('names the %s level "%s"', (level, word) => {
    const badge = mount();
    badge.update([{ level, text: 'Rule text.' }]);
    expect(screen.getByRole('note')).toHaveAccessibleName(`${word}: Rule text.`);
    expect(badge.element.querySelector('svg path')?.getAttribute('d')).toBeTruthy();
  });

  it('links the rule in a new tab (https only); without a link the chip itself is focusable', async () => {
    const user = userEvent.setup();
    const badge = mount();
    badge.update([CAUTION]);
    const link = screen.getByRole('link', { name: 'Read the rule (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://intranet.example/ai');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(badge.element).not.toHaveAttribute('tabindex');
    await user.tab();
    expect(link).toHaveFocus();

    badge.update([{ level: 'blocked', text: 'No AI here.', link: 'javascript:alert(1)' }]);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(badge.element.querySelector('a')).toBeNull();
    expect(badge.element).toHaveAttribute('tabindex', '0');
  });

  it('treats hostile note text as text', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const badge = mount();
    badge.update([{ level: 'caution', text: evil }]);
    expect(badge.element.querySelector('img, script')).toBeNull();
    expect(badge.element).toHaveTextContent(evil);
    expect(badge.element).toHaveAccessibleName(`Caution: ${evil}`);
  });

  it('hides again when the notes go away (SPA navigation) and is removed on destroy', () => {
    const badge = mount();
    badge.update([CAUTION]);
    expect(screen.getByRole('note')).toBeVisible();
    badge.update([]);
    expect(badge.element).not.toBeVisible();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    badge.destroy();
    expect(badge.element.isConnected).toBe(false);
  });

  it('has no serious or critical axe violations', async () => {
    const badge = mount();
    badge.update([CAUTION]);
    // jsdom has no layout or canvas: contrast and label-content-name-mismatch are checked otherwise
    // (contrast in the e2e run; the link's visible words start its name, asserted here).
    const results = await axe.run(badge.element, {
      rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } },
    });
    expect(results.passes.length).toBeGreaterThan(0);
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const link = screen.getByRole('link');
    expect(link.getAttribute('aria-label')?.startsWith(link.textContent ?? '-')).toBe(true);
  });

  it('keeps its stylesheet small and supports dark mode, forced colours and keyboard focus', () => {
    expect(new TextEncoder().encode(NOTE_CSS).length).toBeLessThanOrEqual(NOTE_CSS_MAX_BYTES);
    expect(NOTE_CSS).toContain('@media (prefers-color-scheme:dark)');
    expect(NOTE_CSS).toContain('@media (forced-colors:active)');
    expect(NOTE_CSS).toMatch(/:focus-visible\{outline:2px solid var\(--r\);outline-offset:2px\}/);
  });
});

describe('httpsHref', () => {
  it('accepts https links only, without credentials', () => {
    expect(httpsHref('https://intranet.example/ai?x=1')).toBe('https://intranet.example/ai?x=1');
    expect(httpsHref('http://intranet.example/ai')).toBeUndefined();
    expect(httpsHref('javascript:alert(1)')).toBeUndefined();
    expect(httpsHref('data:text/html,hi')).toBeUndefined();
    expect(httpsHref('https://user:pw@intranet.example/')).toBeUndefined();
    expect(httpsHref('not a url')).toBeUndefined();
    expect(httpsHref(undefined)).toBeUndefined();
    expect(httpsHref(`https://intranet.example/${'a'.repeat(2000)}`)).toBeUndefined();
  });
});
