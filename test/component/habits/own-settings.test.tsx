import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OwnSettings } from '@/components/habits/OwnSettings';
import { parseStoredOwnPolicy, PolicyStatusSchema, userPatch, type OwnChange, type PolicyStatus } from '@/lib/pages/replies';
import { ReplyError } from '@/lib/page-replies';
import { resolvePolicy } from '@/lib/policy/merge';
import { seriousViolations } from './a11y';

const AT = '2026-11-23T09:00:00.000Z';
const MANAGED = {
  orgName: 'Acme Bank',
  approvedTools: [
    { id: 'acme-gpt', name: 'Acme GPT', url: 'https://gpt.acme.example/' },
    { id: 'claude', name: 'Claude', url: 'https://claude.ai/new' },
  ],
  caps: { tipsPerDay: 2 },
  disabledApps: ['slack'],
};

/** policy:status for a managed policy and the employee's own raw settings, via the real resolver. */
function statusFor(user: Record<string, unknown> | undefined, managed: unknown = MANAGED): PolicyStatus {
  const resolved = resolvePolicy(
    { managed: { raw: managed, receivedAt: AT }, ...(user ? { user: { raw: user, receivedAt: AT } } : {}) },
    undefined,
    new Date(AT),
  );
  return PolicyStatusSchema.parse(JSON.parse(JSON.stringify({ ...resolved, lastKnownGood: undefined })));
}

function setup(user: Record<string, unknown> | undefined, managed?: unknown) {
  const onSave = vi.fn(async (_change: OwnChange) => undefined);
  const own = parseStoredOwnPolicy(user ? { raw: user, receivedAt: AT } : undefined).own;
  const view = render(<OwnSettings status={statusFor(user, managed)} own={own} onSave={onSave} />);
  return { onSave, ...view };
}

describe('OwnSettings', () => {
  it("says when the company's stricter limit wins over the employee's", () => {
    setup({ caps: { tipsPerDay: 5 } });
    const answer = screen.getByTestId('tips-answer');
    expect(answer).toHaveAttribute('data-wins', 'managed');
    expect(answer).toHaveTextContent("Your company's limit of 2 tips a day is stricter, so it applies. You can only choose fewer.");
    expect(within(answer).getByText('Your company (managed)')).toBeInTheDocument();
  });

  it('shows the employee\'s own lower limit in force, and offers only fewer tips', () => {
    setup({ caps: { tipsPerDay: 1 } });
    const answer = screen.getByTestId('tips-answer');
    expect(answer).toHaveAttribute('data-wins', 'user');
    expect(answer).toHaveTextContent('Your limit of 1 tip a day is in force.');
    const select = screen.getByRole('combobox', { name: 'Tips per day' });
    expect(select).toHaveValue('1');
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    // Fewer only: back to the company's setting first to go higher again.
    expect(options).toEqual(['Company setting', 'At most 1', 'None']);
  });

  it('sends a lower limit and clears it again', async () => {
    const user = userEvent.setup();
    const { onSave } = setup(undefined);
    const select = screen.getByRole('combobox', { name: 'Tips per day' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Company setting (2)',
      'At most 2',
      'At most 1',
      'None',
    ]);
    await user.selectOptions(select, 'At most 1');
    expect(onSave).toHaveBeenLastCalledWith({ tipsPerDay: 1 });
    expect(await screen.findByText('Tips per day: at most 1')).toBeInTheDocument();
    await user.selectOptions(select, 'Company setting (2)');
    expect(onSave).toHaveBeenLastCalledWith({ tipsPerDay: null });
  });

  it('turns Lastmile off in an app for me; an app the company switched off stays off', async () => {
    const user = userEvent.setup();
    const { onSave } = setup({ disabledApps: ['jira'] });
    const slack = screen.getByRole('checkbox', { name: /Slack/ });
    expect(slack).toBeChecked();
    expect(slack).toBeDisabled();
    expect(slack).toHaveAccessibleDescription(/only your company can turn it back on/);
    expect(screen.getByRole('checkbox', { name: 'Jira' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Gmail' }));
    expect(onSave).toHaveBeenLastCalledWith({ disabledApps: ['gmail', 'jira'] });
    expect(await screen.findByText('Lastmile is off in Gmail for you')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Jira' }));
    expect(onSave).toHaveBeenLastCalledWith({ disabledApps: [] });
  });

  it('offers only approved tools and shows when a preferred tool is not in force', async () => {
    const user = userEvent.setup();
    const { onSave } = setup({ preferredTool: 'chatgpt' });
    const select = screen.getByRole('combobox', { name: 'Preferred AI tool' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['No preference', 'Acme GPT', 'Claude']);
    expect(screen.getByTestId('tool-answer')).toHaveTextContent('Not in force: your company has not approved this tool.');
    // The resolver's rejection of the employee's own value is listed too.
    expect(screen.getByText('Not used from your settings')).toBeInTheDocument();
    await user.selectOptions(select, 'Claude');
    expect(onSave).toHaveBeenLastCalledWith({ preferredTool: 'claude' });
  });

  it('shows an accepted preferred tool as in force', () => {
    setup({ preferredTool: 'claude' });
    expect(screen.getByTestId('tool-answer')).toHaveTextContent('Claude is offered first.');
  });

  it('shows a save error', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {
      throw new ReplyError('invalid_settings', 'Invalid settings: caps.tipsPerDay: Too big');
    });
    render(<OwnSettings status={statusFor(undefined)} own={{}} onSave={onSave} />);
    await user.click(screen.getByRole('checkbox', { name: 'Gmail' }));
    await waitFor(() => expect(screen.getByText('Not saved: Lastmile did not accept this value.')).toBeInTheDocument());
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technical detail: Invalid settings: caps.tipsPerDay: Too big');
  });

  it('builds the whole user source from a change, keeping what was set elsewhere', () => {
    const raw = { preferredTool: 'claude', caps: { tipsPerDay: 2, cooldownHours: 72 }, redact: { emails: true } };
    expect(userPatch(raw, { tipsPerDay: 1 })).toEqual({ ...raw, caps: { tipsPerDay: 1, cooldownHours: 72 } });
    expect(userPatch(raw, { tipsPerDay: null })).toEqual({ ...raw, caps: { cooldownHours: 72 } });
    expect(userPatch({ caps: { tipsPerDay: 2 } }, { tipsPerDay: null })).toEqual({});
    expect(userPatch(raw, { preferredTool: null, disabledApps: ['gmail'] })).toEqual({
      caps: raw.caps,
      redact: raw.redact,
      disabledApps: ['gmail'],
    });
    expect(userPatch({ disabledApps: ['gmail'] }, { disabledApps: [] })).toEqual({});
  });

  it('has no serious axe violations', async () => {
    const { container } = setup({ caps: { tipsPerDay: 5 }, preferredTool: 'chatgpt', disabledApps: ['jira'] });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
