import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Onboarding, type OnboardingProps } from '@/components/onboarding/Onboarding';
import { sampleTip } from '@/components/onboarding/sample';
import { i18n } from '#i18n';
import { tourData } from '@/lib/onboarding';
import { ReplyError } from '@/lib/page-replies';
import { resolvePolicy, type PolicySources } from '@/lib/policy/merge';
import { PolicyStatusSchema, type PolicyStatus } from '@/lib/pages/replies';
import { seriousViolations } from '../habits/a11y';

const NOW = new Date('2026-11-23T10:00:00Z');
const RECORD = 'Acme Corp — Renewal 2026';
const ACME_GPT = { id: 'acme-gpt', name: 'Acme GPT', url: 'https://gpt.acme.example/', prefill: 'https://gpt.acme.example/?q={prompt}' };
const ACME_CLAUDE = { id: 'acme-claude', name: 'Acme Claude', url: 'https://claude.acme.example/' };

/** policy:status as the page parses it, built by the real resolver from the given sources. */
function status(sources: PolicySources): PolicyStatus {
  const r = resolvePolicy(sources, undefined, NOW);
  return PolicyStatusSchema.parse({
    policy: r.policy,
    provenance: r.provenance,
    rejected: r.rejected,
    resolvedAt: r.resolvedAt,
  });
}
/** The progress bar's names of steps 2..5 of the full tour. */
const STEP_NAMES = [
  i18n.t('onboarding.steps.privacy'),
  i18n.t('onboarding.steps.tool'),
  i18n.t('onboarding.steps.goal'),
  i18n.t('onboarding.steps.try'),
];
const source = (raw: unknown) => ({ raw, receivedAt: NOW.toISOString() });
const MANAGED = {
  orgName: 'Acme Bank',
  approvedTools: [ACME_GPT],
  notes: [
    { id: 'sf-ok', app: 'salesforce', level: 'allowed', text: 'AI is fine for drafting follow-ups.' },
    { id: 'jira-care', app: 'jira', level: 'caution', text: 'No customer data in prompts.' },
  ],
};

function setup(overrides: Partial<OnboardingProps> = {}, data = tourData(status({}), 'normal', 3, undefined)) {
  const props: OnboardingProps = {
    ...data,
    sample: sampleTip(RECORD, '23/11/2026'),
    links: { sharing: '/habits.html#sharing', habits: '/habits.html' },
    onSaveTool: vi.fn(async () => {}),
    onSaveGoal: vi.fn(async () => {}),
    onCopy: vi.fn(async () => true),
    onComplete: vi.fn(async () => {}),
    onCloseTab: vi.fn(),
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(<Onboarding {...props} />);
  return { props, user, view };
}

const heading = () => screen.getByRole('heading', { level: 1 });
const next = () => screen.getByRole('button', { name: /^(Continue|Finish)/ });

/** The sample card lives in a shadow root, as on a page; queries go inside it. */
function card(): HTMLElement {
  const host = document.querySelector('.ob-sample-host');
  const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('sample card not rendered');
  return dialog;
}

describe('first-run tour (full version)', () => {
  it('walks the five steps by keyboard alone, focusing each new heading, with progress and Skip always there', async () => {
    const { user } = setup();
    expect(heading()).toHaveTextContent(i18n.t('onboarding.welcome.title'));
    expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
    const progress = screen.getByRole('navigation', { name: i18n.t('onboarding.progressLabel') });
    expect(within(progress).getAllByRole('listitem')).toHaveLength(5);

    const titles = [i18n.t('onboarding.privacy.title'), i18n.t('onboarding.tool.title'), i18n.t('onboarding.goal.title'), i18n.t('onboarding.try.title')];
    for (const [i, title] of titles.entries()) {
      expect(screen.getByRole('button', { name: i18n.t('onboarding.skip') })).toBeVisible();
      // Tab until the primary button has focus, then Enter: no mouse anywhere.
      for (let guard = 0; document.activeElement !== next() && guard < 40; guard++) await user.tab();
      expect(next()).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(heading()).toHaveTextContent(title);
      expect(heading()).toHaveFocus();
      expect(screen.getByText(`Step ${i + 2} of 5`)).toBeInTheDocument();
      expect(within(progress).getByText(STEP_NAMES[i]!).closest('li')).toHaveAttribute(
        'aria-current',
        'step',
      );
    }
    expect(next()).toHaveTextContent(i18n.t('onboarding.finish'));
  });

  it('saves a new weekly goal as a one-key patch, chosen with the arrow keys; an unchanged goal is not written', async () => {
    const { user, props } = setup();
    for (let i = 0; i < 3; i++) await user.click(next());
    expect(heading()).toHaveTextContent(i18n.t('onboarding.goal.title'));
    const three = screen.getByRole('radio', { name: '3 days' });
    expect(three).toBeChecked();
    three.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '4 days' })).toBeChecked();
    await user.click(next());
    expect(props.onSaveGoal).toHaveBeenCalledTimes(1);
    expect(props.onSaveGoal).toHaveBeenCalledWith({ weeklyGoalDays: 4 });

    // Back and forward again with the same goal: nothing new to save.
    await user.click(screen.getByRole('button', { name: i18n.t('onboarding.back') }));
    await user.click(next());
    expect(props.onSaveGoal).toHaveBeenCalledTimes(1);
  });

  it('keeps the employee on the step with the reason when a save is refused', async () => {
    const refusal = new ReplyError('invalid_settings', 'Invalid settings: weeklyGoalDays: goal too high');
    const { user } = setup({ onSaveGoal: vi.fn(async () => Promise.reject(refusal)) });
    for (let i = 0; i < 3; i++) await user.click(next());
    await user.click(screen.getByRole('radio', { name: '5 days' }));
    await user.click(next());
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: Lastmile did not accept this value.');
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technical detail: Invalid settings: weeklyGoalDays: goal too high');
    expect(heading()).toHaveTextContent(i18n.t('onboarding.goal.title'));
  });

  it("presets the tool from the company's policy and saves only a different choice", async () => {
    // The backend (company) lists two tools and prefers Acme Claude; no managed policy: full tour.
    const data = tourData(
      status({ backend: source({ approvedTools: [ACME_GPT, ACME_CLAUDE], preferredTool: 'acme-claude' }) }),
      'normal',
      3,
      undefined,
    );
    expect(data.mode).toBe('full');
    const { user, props } = setup({}, data);
    await user.click(next());
    await user.click(next());
    expect(heading()).toHaveTextContent(i18n.t('onboarding.tool.title'));
    expect(screen.getByText(i18n.t('onboarding.tool.leadCompany'))).toBeInTheDocument();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['acme-claude', 'acme-gpt']);
    expect(screen.getByRole('radio', { name: /Acme Claude/ })).toBeChecked();
    expect(screen.getByText(i18n.t('onboarding.tool.recommended')).closest('label')).toHaveTextContent('Acme Claude');

    // Unchanged: nothing saved.
    await user.click(next());
    expect(props.onSaveTool).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: i18n.t('onboarding.back') }));
    await user.click(screen.getByRole('radio', { name: /Acme GPT/ }));
    await user.click(next());
    expect(props.onSaveTool).toHaveBeenCalledWith('acme-gpt');
    expect(heading()).toHaveTextContent(i18n.t('onboarding.goal.title'));
  });

  it('Skip ends the tour from any step, remembers it, and offers the way back', async () => {
    const { user, props } = setup();
    await user.click(next());
    await user.click(screen.getByRole('button', { name: i18n.t('onboarding.skip') }));
    expect(props.onComplete).toHaveBeenCalledWith('skipped');
    expect(heading()).toHaveTextContent(i18n.t('onboarding.done.skippedTitle'));
    expect(heading()).toHaveFocus();
    expect(screen.queryByRole('button', { name: i18n.t('onboarding.skip') })).toBeNull();
    expect(screen.getByRole('link', { name: i18n.t('onboarding.done.openHabits') })).toHaveAttribute('href', '/habits.html');
    await user.click(screen.getByRole('button', { name: i18n.t('onboarding.done.close') }));
    expect(props.onCloseTab).toHaveBeenCalledTimes(1);
  });

  it('links the privacy step to "What we share" and says whether the company turned sharing on', async () => {
    const off = setup();
    await off.user.click(next());
    expect(screen.getByText(i18n.t('onboarding.privacy.sharedOff'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: i18n.t('onboarding.privacy.sharingLink') })).toHaveAttribute('href', '/habits.html#sharing');
    off.view.unmount();

    const sync = { enabled: true, endpoint: 'https://lastmile.acme.example/', enrollmentToken: 'x'.repeat(32) };
    const on = setup({}, tourData(status({ user: source({ sync }) }), 'normal', 3, undefined));
    expect(on.props.sharingEnabled).toBe(true);
    await on.user.click(next());
    expect(screen.getByText(i18n.t('onboarding.privacy.sharedOn'))).toBeInTheDocument();
  });

  it('the last step renders the real tip card on a sample: Copy prompt copies the filled prompt, the rest explains', async () => {
    const { user, props } = setup();
    for (let i = 0; i < 4; i++) await user.click(next());
    expect(heading()).toHaveFocus();
    const c = card();
    expect(within(c).getByRole('heading', { name: 'Draft the follow-up from your last call' })).toBeInTheDocument();
    expect(within(c).getByText(`Salesforce · Opportunity · ${RECORD}`)).toBeInTheDocument();
    const explain = screen.getByTestId('ob-explain');

    await user.click(within(c).getByRole('button', { name: 'Copy prompt' }));
    expect(props.onCopy).toHaveBeenCalledTimes(1);
    const copied = vi.mocked(props.onCopy).mock.calls[0]![0];
    expect(copied).toContain(`Write a follow-up email for ${RECORD}`);
    expect(copied).toContain('Today is 23/11/2026.');
    expect(copied).not.toContain('{{');
    expect(explain).toHaveTextContent(i18n.t('onboarding.try.copied'));
    expect(within(c).getByRole('status')).toHaveTextContent('Prompt copied');

    await user.click(within(c).getByRole('button', { name: 'Open in ChatGPT' }));
    expect(explain).toHaveTextContent(i18n.t('onboarding.try.open', { tool: 'ChatGPT' }));
    await user.click(within(c).getByRole('button', { name: 'I used AI for this' }));
    expect(explain).toHaveTextContent(i18n.t('onboarding.try.markUsed'));
    await user.click(within(c).getByRole('button', { name: 'Snooze Salesforce today' }));
    expect(explain).toHaveTextContent(i18n.t('onboarding.try.snooze'));
    within(c).getByRole('textbox', { name: 'Prompt' }).focus();
    await user.keyboard('{Escape}');
    expect(explain).toHaveTextContent(i18n.t('onboarding.try.close'));

    await user.click(next());
    expect(props.onComplete).toHaveBeenCalledWith('finished');
    expect(heading()).toHaveTextContent(i18n.t('onboarding.done.title'));
  });

  it('says so when the copy fails instead of claiming it worked', async () => {
    const { user } = setup({ onCopy: vi.fn(async () => false) });
    for (let i = 0; i < 4; i++) await user.click(next());
    await user.click(within(card()).getByRole('button', { name: 'Copy prompt' }));
    expect(screen.getByTestId('ob-explain')).toHaveTextContent(i18n.t('onboarding.try.copyFailed'));
  });
});

describe('first-run tour (short version: IT set it up)', () => {

  it('under a managed policy: four steps, no tool pick, and the company setup on the first step', async () => {
    const data = tourData(status({ managed: source(MANAGED) }), 'normal', 3, undefined);
    expect(data.mode).toBe('short');
    const { user } = setup({}, data);
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
    const company = screen.getByRole('region', { name: i18n.t('onboarding.welcome.companyTitleOrg', { org: 'Acme Bank' }) });
    expect(within(company).getByText(i18n.t('onboarding.welcome.approvedTools', 1, { names: 'Acme GPT' }))).toBeInTheDocument();
    expect(within(company).getByText(i18n.t('onboarding.welcome.notesFor', { apps: 'Salesforce, Jira' }))).toBeInTheDocument();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await user.click(next());
      seen.push(heading().textContent ?? '');
    }
    expect(seen).toEqual([i18n.t('onboarding.privacy.title'), i18n.t('onboarding.goal.title'), i18n.t('onboarding.try.title')]);
    expect(screen.queryByRole('radio', { name: /Acme GPT/ })).toBeNull();
    // The sample card offers the company's tool.
    expect(within(card()).getByRole('button', { name: 'Open in Acme GPT' })).toBeInTheDocument();
  });

  it('when force-installed by IT (installType admin) even without a policy', () => {
    const data = tourData(status({}), 'admin', 3, undefined);
    expect(data.mode).toBe('short');
    setup({}, data);
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
    const company = screen.getByRole('region', { name: i18n.t('onboarding.welcome.companyTitle') });
    expect(within(company).getByText(i18n.t('onboarding.welcome.installedByIt'))).toBeInTheDocument();
    expect(within(company).getByText(i18n.t('onboarding.welcome.noNotes'))).toBeInTheDocument();
  });
});

describe('accessibility (axe)', () => {
  it('has no serious or critical violations on any step, full and short, and on the end screen', async () => {
    const full = setup();
    for (let i = 0; i < 5; i++) {
      expect(await seriousViolations(full.view.container)).toEqual([]);
      await full.user.click(next());
    }
    expect(heading()).toHaveTextContent(i18n.t('onboarding.done.title'));
    expect(await seriousViolations(full.view.container)).toEqual([]);
    full.view.unmount();

    const short = setup({}, tourData(status({ managed: source(MANAGED) }), 'admin', 3, undefined));
    expect(await seriousViolations(short.view.container)).toEqual([]);
  });
});
