import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { copyFailedText, TipCard } from '../../components/TipCard';
import type { CardTip, TipCardProps } from '../../components/TipCard';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';
import type { AiTool } from '../../lib/policy/tools';

const TIPS: readonly CardTip[] = [
  {
    id: 'sf.summarize-opp',
    title: 'Summarize this opportunity',
    why: 'A two-minute brief before the call beats scrolling the activity history.',
    prompt: 'Summarize the opportunity Acme Renewal: stage, next steps, risks.',
    gap: 'clarity',
    minutesSaved: 10,
    level: 'first_steps',
  },
  {
    id: 'sf.follow-up',
    title: 'Draft the follow-up email',
    why: 'AI writes a solid first draft; you keep the judgment.',
    prompt: 'Draft a short follow-up email to Acme about the renewal.',
    gap: 'skill',
    minutesSaved: 5,
    level: 'everyday',
  },
  {
    id: 'sf.risks',
    title: 'Spot deal risks',
    why: 'A second pair of eyes on the notes, with nothing sent outside approved tools.',
    prompt: 'List the risks you see in these Acme Renewal notes.',
    gap: 'confidence',
    minutesSaved: 0,
    level: 'advanced',
  },
];

function tool(id: string): AiTool {
  const found = DEFAULT_AI_TOOLS.find((t) => t.id === id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
}

function makeProps(overrides: Partial<TipCardProps> = {}): TipCardProps {
  return {
    tips: TIPS,
    appLabel: 'Salesforce',
    contextLabel: 'Opportunity · Acme Renewal',
    tools: DEFAULT_AI_TOOLS,
    toolId: 'chatgpt',
    onToolChange: vi.fn(),
    onTipViewed: vi.fn(),
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

function promptBox(): HTMLTextAreaElement {
  const el = screen.getByRole('textbox', { name: 'Prompt' });
  if (!(el instanceof HTMLTextAreaElement)) throw new Error('prompt is not a textarea');
  return el;
}

describe('TipCard', () => {
  it('renders the tip, its chips and the page context in a named, described, non-modal dialog', () => {
    render(<TipCard {...makeProps()} />);
    const dialog = screen.getByRole('dialog', { name: 'Where AI fits here' });
    expect(dialog).toHaveAccessibleDescription('Summarize this opportunity');
    expect(dialog).not.toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Summarize this opportunity' })).toBeInTheDocument();
    expect(screen.getByText(TIPS[0]!.why)).toBeInTheDocument();
    expect(promptBox()).toHaveValue(TIPS[0]!.prompt);
    expect(promptBox()).toHaveAttribute('rows', '7');
    expect(screen.getByText('Clarity: where AI fits')).toBeInTheDocument();
    expect(screen.getByText('≈ 10 min saved')).toBeInTheDocument();
    expect(screen.getByText('Salesforce · Opportunity · Acme Renewal')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open in ChatGPT' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy prompt' })).toBeInTheDocument();
    // Every button is a real type="button" so nothing submits a host-page form.
    for (const b of within(dialog).getAllByRole('button')) expect(b).toHaveAttribute('type', 'button');
  });

  it('copies the edited prompt and reports it', async () => {
    const user = userEvent.setup();
    const props = makeProps();
    render(<TipCard {...props} />);
    await user.clear(promptBox());
    await user.type(promptBox(), 'My own prompt for Acme');
    await user.click(screen.getByRole('button', { name: 'Copy prompt' }));
    expect(props.onCopy).toHaveBeenCalledWith(TIPS[0], 'My own prompt for Acme');
    expect(screen.getByRole('status')).toHaveTextContent('Prompt copied');
  });

  it('offers a reset once the prompt is edited', async () => {
    const user = userEvent.setup();
    render(<TipCard {...makeProps()} />);
    expect(screen.queryByRole('button', { name: 'Reset prompt' })).not.toBeInTheDocument();
    await user.type(promptBox(), ' Keep it short.');
    await user.click(screen.getByRole('button', { name: 'Reset prompt' }));
    expect(promptBox()).toHaveValue(TIPS[0]!.prompt);
    expect(promptBox()).toHaveFocus();
  });

  it('explains a failed copy and pre-selects the prompt', async () => {
    const user = userEvent.setup();
    render(<TipCard {...makeProps({ onCopy: vi.fn(async () => false) })} />);
    await user.click(screen.getByRole('button', { name: 'Copy prompt' }));
    expect(screen.getByRole('status')).toHaveTextContent(copyFailedText());
    const box = promptBox();
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('opens the tool chosen in the select with the current prompt', async () => {
    const user = userEvent.setup();
    const props = makeProps();
    render(<TipCard {...props} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'AI tool' }), 'Claude');
    expect(props.onToolChange).toHaveBeenCalledWith('claude');
    await user.click(screen.getByRole('button', { name: 'Open in Claude' }));
    expect(props.onOpen).toHaveBeenCalledWith(TIPS[0], TIPS[0]!.prompt, tool('claude'));
    expect(screen.getByRole('status')).toHaveTextContent('Opened Claude');
  });

  it('follows a new toolId prop', () => {
    const props = makeProps();
    const { rerender } = render(<TipCard {...props} />);
    rerender(<TipCard {...props} toolId="copilot" />);
    expect(screen.getByRole('combobox', { name: 'AI tool' })).toHaveValue('copilot');
    expect(screen.getByRole('button', { name: 'Open in Microsoft Copilot' })).toBeInTheDocument();
  });

  it('hides the tool select when only one tool is approved', () => {
    render(<TipCard {...makeProps({ tools: [tool('claude')], toolId: 'claude' })} />);
    expect(screen.queryByRole('combobox', { name: 'AI tool' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open in Claude' })).toBeInTheDocument();
  });

  it('says the prompt was copied first for a tool without prefill', async () => {
    const user = userEvent.setup();
    const props = makeProps({ toolId: 'gemini', onOpen: vi.fn(async () => ({ copied: true })) });
    render(<TipCard {...props} />);
    const open = screen.getByRole('button', { name: 'Open in Gemini' });
    expect(open).toHaveAccessibleDescription(/Gemini can't be prefilled/);
    await user.click(open);
    expect(props.onOpen).toHaveBeenCalledWith(TIPS[0], TIPS[0]!.prompt, tool('gemini'));
    expect(screen.getByRole('status')).toHaveTextContent('Prompt copied — paste it into Gemini');
  });

  it('does not claim a copy when a no-prefill tool opened but the clipboard failed', async () => {
    const user = userEvent.setup();
    render(<TipCard {...makeProps({ toolId: 'gemini', onOpen: vi.fn(async () => ({ copied: false })) })} />);
    await user.click(screen.getByRole('button', { name: 'Open in Gemini' }));
    expect(screen.getByRole('status')).toHaveTextContent("Opened Gemini, but couldn't copy");
    expect(screen.getByRole('status')).not.toHaveTextContent('Prompt copied');
  });

  it('reports a rejected open instead of failing silently', async () => {
    const user = userEvent.setup();
    render(<TipCard {...makeProps({ onOpen: vi.fn(async () => Promise.reject(new Error('blocked'))) })} />);
    await user.click(screen.getByRole('button', { name: 'Open in ChatGPT' }));
    expect(screen.getByRole('status')).toHaveTextContent("Couldn't open ChatGPT");
  });

  it('says the policy blocked it when the open comes back blocked, and nudges nothing', async () => {
    const user = userEvent.setup();
    render(<TipCard {...makeProps({ onOpen: vi.fn(async () => ({ blocked: true as const })) })} />);
    await user.click(screen.getByRole('button', { name: 'Open in ChatGPT' }));
    expect(screen.getByRole('status')).toHaveTextContent("ChatGPT was not opened: your company's AI policy doesn't allow AI on this page");
    expect(screen.getByRole('button', { name: 'I used AI for this' })).not.toHaveAttribute('data-nudge');
  });

  it('closes on Escape from anywhere in the card, without the page seeing the key', async () => {
    const user = userEvent.setup();
    const props = makeProps();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    try {
      render(<TipCard {...props} />);
      await user.click(promptBox());
      await user.keyboard('{Escape}');
      expect(props.onClose).toHaveBeenCalledTimes(1);
      expect(pageListener).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
      await user.click(screen.getByRole('button', { name: 'Close' }));
      expect(props.onClose).toHaveBeenCalledTimes(2);
    } finally {
      document.removeEventListener('keydown', pageListener);
    }
  });

  it('calls the footer callbacks with the shown tip', async () => {
    const user = userEvent.setup();
    const props = makeProps();
    render(<TipCard {...props} />);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(props.onNotNow).toHaveBeenCalledWith(TIPS[0]);
    await user.click(screen.getByRole('button', { name: "Don't show again" }));
    expect(props.onDontShow).toHaveBeenCalledWith(TIPS[0]);
    await user.click(screen.getByRole('button', { name: 'Snooze Salesforce today' }));
    expect(props.onSnoozeApp).toHaveBeenCalledTimes(1);
  });

  it('logs "I used AI for this" once and thanks the user', async () => {
    const user = userEvent.setup();
    const props = makeProps();
    render(<TipCard {...props} />);
    await user.click(screen.getByRole('button', { name: 'I used AI for this' }));
    expect(props.onMarkUsed).toHaveBeenCalledWith(TIPS[0]);
    expect(screen.getByRole('status')).toHaveTextContent('Nice — logged');
    const done = screen.getByRole('button', { name: 'Logged — thanks!' });
    expect(done).toHaveAttribute('aria-disabled', 'true');
    expect(done).toHaveFocus();
    await user.click(done);
    expect(props.onMarkUsed).toHaveBeenCalledTimes(1);
  });

  it('flips between ideas, reporting views and showing each tip its own prompt', async () => {
    const user = userEvent.setup();
    const props = makeProps();
    render(<TipCard {...props} />);
    expect(props.onTipViewed).toHaveBeenCalledTimes(1);
    expect(props.onTipViewed).toHaveBeenLastCalledWith(TIPS[0]);
    // Screen readers hear "Idea 1 of 3" from the live region; the eye sees "1 of 3".
    expect(screen.getByText('Idea 1 of 3').parentElement).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('1 of 3')).toHaveAttribute('aria-hidden', 'true');

    await user.type(promptBox(), ' Add a risk score.');
    await user.click(screen.getByRole('button', { name: 'Copy prompt' }));
    await user.click(screen.getByRole('button', { name: /Another idea/ }));

    expect(props.onTipViewed).toHaveBeenCalledTimes(2);
    expect(props.onTipViewed).toHaveBeenLastCalledWith(TIPS[1]);
    expect(screen.getByRole('heading', { name: TIPS[1]!.title })).toBeInTheDocument();
    expect(screen.getByText('Idea 2 of 3')).toBeInTheDocument();
    expect(promptBox()).toHaveValue(TIPS[1]!.prompt);
    expect(screen.getByText('Skill: how to ask')).toBeInTheDocument();
    // The previous tip's status does not carry over.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Previous idea' }));
    expect(props.onTipViewed).toHaveBeenLastCalledWith(TIPS[0]);
    // Edits are kept per tip while the card is open.
    expect(promptBox()).toHaveValue(`${TIPS[0]!.prompt} Add a risk score.`);

    await user.click(screen.getByRole('button', { name: 'Previous idea' }));
    expect(screen.getByRole('heading', { name: TIPS[2]!.title })).toBeInTheDocument();
    expect(screen.queryByText(/min saved/)).not.toBeInTheDocument();
  });

  it('has no pager for a single idea', () => {
    render(<TipCard {...makeProps({ tips: [TIPS[0]!] })} />);
    expect(screen.queryByRole('button', { name: /Another idea/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/1 of 1/)).not.toBeInTheDocument();
  });

  it('renders hostile strings as text', async () => {
    const user = userEvent.setup();
    const evil = '<img src=x onerror=alert(1)>';
    const tip: CardTip = { ...TIPS[0]!, title: `Title ${evil}`, why: `Why ${evil}`, prompt: `Prompt ${evil}` };
    const evilTools: AiTool[] = [
      { id: 'evil', name: `Tool ${evil}`, url: 'https://example.com/' },
      tool('chatgpt'),
    ];
    const { container } = render(
      <TipCard
        {...makeProps({ tips: [tip], tools: evilTools, toolId: 'evil', appLabel: `App ${evil}`, contextLabel: evil })}
      />,
    );
    expect(screen.getByRole('heading', { name: `Title ${evil}` })).toBeInTheDocument();
    expect(screen.getByText(`Why ${evil}`)).toBeInTheDocument();
    expect(promptBox()).toHaveValue(`Prompt ${evil}`);
    expect(screen.getByRole('button', { name: `Open in Tool ${evil}` })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: `Tool ${evil}` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Open in Tool ${evil}` }));
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('focuses its header on mount but never steals focus afterwards', () => {
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'Page field');
    document.body.append(outside);
    try {
      const props = makeProps();
      const { rerender } = render(<TipCard {...props} />);
      const header = screen.getByText('Where AI fits here').closest('[tabindex="-1"]');
      expect(header).not.toBeNull();
      expect(header).toHaveFocus();

      act(() => outside.focus());
      const reranked: CardTip[] = [{ ...TIPS[1]!, prompt: 'Updated from the page' }, TIPS[0]!];
      rerender(<TipCard {...props} tips={reranked} contextLabel="Opportunity · Globex" toolId="claude" />);
      expect(outside).toHaveFocus();
      // The shown tip stays the same through a re-rank, so no new view is reported.
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(TIPS[0]!.title);
      expect(props.onTipViewed).toHaveBeenCalledTimes(1);
    } finally {
      outside.remove();
    }
  });

  it('falls back to the top tip when the shown one disappears', () => {
    const props = makeProps();
    const { rerender } = render(<TipCard {...props} />);
    rerender(<TipCard {...props} tips={[TIPS[2]!]} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(TIPS[2]!.title);
    expect(props.onTipViewed).toHaveBeenLastCalledWith(TIPS[2]);
  });

  it('works inside an open shadow root', async () => {
    const user = userEvent.setup();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    try {
      const props = makeProps();
      render(<TipCard {...props} />, { container: mount });
      const card = within(mount);
      expect(shadow.activeElement).toBe(card.getByText('Where AI fits here').closest('[tabindex="-1"]'));
      await user.click(card.getByRole('button', { name: 'Copy prompt' }));
      expect(props.onCopy).toHaveBeenCalledWith(TIPS[0], TIPS[0]!.prompt);
      await user.keyboard('{Escape}');
      expect(props.onClose).toHaveBeenCalledTimes(1);
    } finally {
      host.remove();
    }
  });
});
