import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { TipCard } from '../../components/TipCard';
import type { CardTip, TipCardProps } from '../../components/TipCard';
import { createPill } from '../../components/pill';
import { CARD_CSS, PILL_CSS } from '../../components/styles';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';

const TIPS: readonly CardTip[] = [
  {
    id: 'gmail.reply',
    title: 'Draft a reply to this thread',
    why: 'AI gives you a first draft in seconds; you edit and send.',
    prompt: 'Draft a polite reply to this email thread.',
    gap: 'skill',
    minutesSaved: 4,
    level: 'first_steps',
  },
  {
    id: 'gmail.summary',
    title: 'Summarize a long thread',
    why: 'Catch up on forty messages in one paragraph.',
    prompt: 'Summarize this email thread in five bullets.',
    gap: 'permission',
    minutesSaved: 6,
    level: 'everyday',
  },
];

function props(overrides: Partial<TipCardProps> = {}): TipCardProps {
  return {
    tips: TIPS,
    appLabel: 'Gmail',
    contextLabel: 'Thread · Renewal terms',
    tools: DEFAULT_AI_TOOLS,
    toolId: 'gemini',
    onToolChange: vi.fn(),
    onCopy: vi.fn(async () => true),
    onOpen: vi.fn(async () => ({ copied: true })),
    onMarkUsed: vi.fn(),
    onNotNow: vi.fn(),
    onDontShow: vi.fn(),
    onSnoozeApp: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
}

/** Serious and critical axe violations, printed so a failure says what to fix. */
async function seriousViolations(context: Element, alsoOff: readonly string[] = []): Promise<axe.Result[]> {
  // jsdom has no layout, so contrast can't be computed here; the palette is checked by hand in both themes.
  const rules: axe.RuleObject = { 'color-contrast': { enabled: false } };
  for (const id of alsoOff) rules[id] = { enabled: false };
  const results = await axe.run(context, { rules });
  expect(results.incomplete.filter((r) => r.error !== undefined)).toEqual([]);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) {
    console.error(`${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.html}\n    ${n.failureSummary ?? ''}`).join('\n')}`);
  }
  return bad;
}

describe('accessibility (axe)', () => {
  it('card with several tools and ideas', async () => {
    const { container } = render(<TipCard {...props()} />);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('card after actions (status, thank-you state, edited prompt)', async () => {
    const user = userEvent.setup();
    const { container } = render(<TipCard {...props()} />);
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), ' Keep it brief.');
    await user.click(screen.getByRole('button', { name: 'Open in Gemini' }));
    await user.click(screen.getByRole('button', { name: 'I used AI for this' }));
    expect(screen.getByRole('status')).toHaveTextContent('Nice — logged');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('card with a single tool and a single idea', async () => {
    const { container } = render(
      <TipCard {...props({ tips: [TIPS[0]!], tools: [DEFAULT_AI_TOOLS[0]!], toolId: 'chatgpt' })} />,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('pill', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const pill = createPill(document, { onOpen: vi.fn() });
    host.append(pill.element);
    try {
      pill.update({ title: 'Draft a reply to this thread', count: 2 });
      pill.setExpanded(true);
      // label-content-name-mismatch measures glyphs on a canvas, which jsdom lacks: checked directly instead.
      expect(await seriousViolations(host, ['label-content-name-mismatch'])).toEqual([]);
      // Visible words (label, then the title shown on hover) must appear, in order, in the accessible name.
      const visible = (pill.element.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(visible).toBe('AI tip Draft a reply to this thread');
      expect(pill.element.getAttribute('aria-label')?.replace(':', '')).toContain(visible);
    } finally {
      pill.destroy();
      host.remove();
    }
  });
});

describe('stylesheets', () => {
  it.each([
    ['PILL_CSS', PILL_CSS],
    ['CARD_CSS', CARD_CSS],
  ])('%s isolates itself and supports dark mode, reduced motion and keyboard focus', (_name, css) => {
    expect(css.startsWith(':host{all:initial}')).toBe(true);
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain('@media (prefers-reduced-motion:reduce)');
    expect(css).toMatch(/:focus-visible\{outline:2px solid var\(--[a-z-]+\);outline-offset:2px\}/);
  });
});
