import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { TipCard, describeRedactions } from '../../components/TipCard';
import type { CardTip, TipCardProps } from '../../components/TipCard';
import type { NoteView } from '../../lib/messages';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';

const TIPS: readonly CardTip[] = [
  {
    id: 'sf.summarize-case',
    title: 'Summarize this case',
    why: 'Catch up before you call the customer.',
    prompt: 'Summarize the case [email] reported: history, status, next step.',
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    redactions: [
      { rule: 'email', count: 2 },
      { rule: 'card', count: 1 },
    ],
  },
  {
    id: 'sf.reply',
    title: 'Draft the customer reply',
    why: 'A first draft in seconds.',
    prompt: 'Draft a reply about the printer jam.',
    gap: 'skill',
    minutesSaved: 4,
    level: 'everyday',
  },
];

const HOSTILE = '<img src=x onerror="alert(1)"> Ask <b>legal</b> first';
const NOTES: readonly NoteView[] = [
  { id: 'sf-case-blocked', level: 'blocked', text: 'Case data must not go to AI tools.', link: 'https://intranet.example/ai-policy' },
  { id: 'sf-hostile', level: 'caution', text: HOSTILE, link: 'javascript:alert(1)' },
  { id: 'sf-ok', level: 'allowed', text: 'Public product docs are fine.' },
];

function props(overrides: Partial<TipCardProps> = {}): TipCardProps {
  return {
    tips: TIPS,
    appLabel: 'Salesforce',
    contextLabel: 'Case · Printer jam at HQ',
    tools: DEFAULT_AI_TOOLS,
    toolId: 'chatgpt',
    onToolChange: vi.fn(),
    onCopy: vi.fn(async () => true),
    onOpen: vi.fn(async () => ({ copied: false })),
    onMarkUsed: vi.fn(),
    onNotNow: vi.fn(),
    onDontShow: vi.fn(),
    onSnoozeApp: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
}

async function seriousViolations(context: Element): Promise<string[]> {
  // jsdom has no layout, so contrast can't be computed here (the e2e run checks it in Chromium).
  const results = await axe.run(context, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

describe('TipCard: permission notes', () => {
  it('shows every note as text under the company heading, strictest first', () => {
    render(<TipCard {...props({ notes: NOTES, orgName: 'Acme Bank' })} />);
    const group = screen.getByRole('group', { name: 'Acme Bank policy' });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'AI not allowed here: Case data must not go to AI tools. Read the rule (opens in a new tab)',
      `Caution: ${HOSTILE}`,
      'AI allowed: Public product docs are fine.',
    ]);
    expect(items.map((i) => i.dataset.level)).toEqual(['blocked', 'caution', 'allowed']);
  });

  it('keeps hostile text as text and links only https', () => {
    const { container } = render(<TipCard {...props({ notes: NOTES })} />);
    expect(screen.getByRole('group', { name: 'Company AI policy' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(HOSTILE, { exact: false })).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(link).toHaveAccessibleName('Read the rule (opens in a new tab)');
    expect(link).toHaveAttribute('href', 'https://intranet.example/ai-policy');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('shows no notes section without notes', () => {
    render(<TipCard {...props({ notes: [] })} />);
    expect(screen.queryByRole('group', { name: /policy/ })).not.toBeInTheDocument();
  });
});

describe('TipCard: blocked', () => {
  const REASON = 'Case data must not go to AI tools.';

  it('disables the AI actions, says why, and does nothing when they are pressed', async () => {
    const user = userEvent.setup();
    const p = props({ notes: NOTES, blockedReason: REASON });
    render(<TipCard {...p} />);
    expect(screen.getByText('AI actions are off here.')).toBeInTheDocument();

    const actions = [
      screen.getByRole('button', { name: 'Open in ChatGPT' }),
      screen.getByRole('button', { name: 'Copy prompt' }),
      screen.getByRole('combobox', { name: 'AI tool' }),
      screen.getByRole('button', { name: 'I used AI for this' }),
    ];
    for (const el of actions) {
      expect(el).toHaveAttribute('aria-disabled', 'true');
      expect(el).toHaveAccessibleDescription(`AI actions are off here. ${REASON}`);
    }
    // Still reachable by keyboard, so the reason can be heard.
    expect(actions[0]).not.toBeDisabled();

    await user.click(actions[0]!);
    await user.click(actions[1]!);
    await user.selectOptions(actions[2]!, 'claude');
    await user.click(actions[3]!);
    expect(p.onOpen).not.toHaveBeenCalled();
    expect(p.onCopy).not.toHaveBeenCalled();
    expect(p.onToolChange).not.toHaveBeenCalled();
    expect(p.onMarkUsed).not.toHaveBeenCalled();
    expect(actions[2]).toHaveValue('chatgpt');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: 'I used AI for this' })).toBeInTheDocument();
  });

  it('keeps the actions enabled without a reason', async () => {
    const user = userEvent.setup();
    const p = props({ notes: NOTES.slice(1) });
    render(<TipCard {...p} />);
    const copy = screen.getByRole('button', { name: 'Copy prompt' });
    expect(copy).not.toHaveAttribute('aria-disabled');
    await user.click(copy);
    expect(p.onCopy).toHaveBeenCalledWith(TIPS[0], TIPS[0]!.prompt);
  });
});

describe('TipCard: redaction line', () => {
  it('says what was removed from the shown tip, in words, and describes the prompt with it', async () => {
    const user = userEvent.setup();
    render(<TipCard {...props()} />);
    const line = 'Removed before sending: 2 e-mail addresses, 1 card number';
    expect(screen.getByText(line)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveAccessibleDescription(
      `Filled in from this page ${line}`,
    );
    // The next tip had nothing removed: no line.
    await user.click(screen.getByRole('button', { name: /Another idea/ }));
    expect(screen.queryByText(/Removed before sending/)).not.toBeInTheDocument();
  });

  it('names built-in rules in words and custom patterns by their name', () => {
    expect(
      describeRedactions([
        { rule: 'email', count: 1 },
        { rule: 'phone', count: 3 },
        { rule: 'iban', count: 2 },
        { rule: 'client id', count: 4 },
        { rule: 'card', count: 0 },
      ]),
    ).toBe('1 e-mail address, 3 phone numbers, 2 IBANs, 4 × client id');
    expect(describeRedactions([])).toBe('');
  });
});

describe('TipCard: was this helpful?', () => {
  it('takes one answer per tip per opening and says thanks', async () => {
    const user = userEvent.setup();
    const onFeedback = vi.fn();
    render(<TipCard {...props({ onFeedback })} />);
    const group = screen.getByRole('group', { name: 'Was this helpful?' });
    const yes = within(group).getByRole('button', { name: 'Helpful' });
    const no = within(group).getByRole('button', { name: 'Not helpful' });
    expect(group).toHaveTextContent('Was this helpful?');

    await user.click(yes);
    expect(onFeedback).toHaveBeenCalledTimes(1);
    expect(onFeedback).toHaveBeenCalledWith(TIPS[0], true);
    expect(group).toHaveTextContent('Thanks');
    expect(yes).toHaveAttribute('aria-disabled', 'true');
    expect(no).toHaveAttribute('aria-disabled', 'true');
    expect(yes).toHaveAttribute('aria-pressed', 'true');

    await user.click(no);
    await user.click(yes);
    expect(onFeedback).toHaveBeenCalledTimes(1);

    // Another tip can be rated on its own; coming back keeps the first answer.
    await user.click(screen.getByRole('button', { name: /Another idea/ }));
    expect(group).toHaveTextContent('Was this helpful?');
    await user.click(within(group).getByRole('button', { name: 'Not helpful' }));
    expect(onFeedback).toHaveBeenLastCalledWith(TIPS[1], false);
    await user.click(screen.getByRole('button', { name: 'Previous idea' }));
    expect(group).toHaveTextContent('Thanks');
    expect(onFeedback).toHaveBeenCalledTimes(2);
  });

  it('asks nothing without a feedback handler', () => {
    render(<TipCard {...props()} />);
    expect(screen.queryByRole('button', { name: 'Helpful' })).not.toBeInTheDocument();
  });
});

describe('TipCard: policy accessibility (axe)', () => {
  it('has no serious or critical violations with notes, a block, redactions and feedback', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <TipCard {...props({ notes: NOTES, orgName: 'Acme', blockedReason: 'Not here.', onFeedback: vi.fn() })} />,
    );
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Helpful' }));
    expect(await seriousViolations(container)).toEqual([]);
  });
});
