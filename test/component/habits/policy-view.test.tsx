import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { replyErrorText } from '@/components/habits/error-text';
import { formatAbsolute } from '@/components/habits/format';
import { PolicyView } from '@/components/habits/PolicyView';
import { PolicyStatusSchema, type PolicyStatus } from '@/lib/pages/replies';
import { resolvePolicy, type LastKnownGood, type PolicySources, type ResolvedPolicy } from '@/lib/policy/merge';
import { seriousViolations } from './a11y';

const TOKEN = 'enrol-secret-0123456789abcdef';
const FIRST_AT = '2026-11-20T09:00:00.000Z';
const SECOND_AT = '2026-11-23T08:30:00.000Z';
const NOW = new Date('2026-11-23T10:00:00.000Z');

const GOOD = {
  orgName: 'Acme Bank',
  approvedTools: [{ id: 'acme-gpt', name: 'Acme GPT', url: 'https://gpt.acme.example/' }],
  notes: [{ id: 'sf-names', app: 'salesforce', level: 'caution', text: 'Remove customer names <first> before pasting.' }],
  caps: { tipsPerDay: 2, cooldownHours: 48 },
  disabledApps: ['slack'],
  sync: { enabled: true, endpoint: 'https://lastmile.acme.example', enrollmentToken: TOKEN, cohort: 'sales-emea' },
};
const BROKEN = {
  ...GOOD,
  notes: [GOOD.notes[0], { id: 'sf-markup', app: 'salesforce', level: 'blocked', text: '<b>Never</b> paste contracts' }],
  caps: { tipsPerDay: 'many' },
};

/** What the background replies to policy:status (token removed), read through the page's schema. */
function statusOf(resolved: ResolvedPolicy): PolicyStatus {
  const { enrollmentToken: _token, ...sync } = resolved.policy.sync ?? { enrollmentToken: '' };
  const reply = {
    policy: { ...resolved.policy, ...(resolved.policy.sync ? { sync } : {}) },
    provenance: resolved.provenance,
    rejected: resolved.rejected,
    resolvedAt: resolved.resolvedAt,
  };
  return PolicyStatusSchema.parse(JSON.parse(JSON.stringify(reply)));
}

function resolve(sources: PolicySources, lkg?: LastKnownGood, now = NOW): ResolvedPolicy {
  return resolvePolicy(sources, lkg, now);
}

/** A valid managed policy, then an update with one bad note and invalid caps (last-known-good kept). */
function afterBrokenUpdate(): PolicyStatus {
  const first = resolve({ managed: { raw: GOOD, receivedAt: FIRST_AT } }, undefined, new Date(FIRST_AT));
  return statusOf(resolve({ managed: { raw: BROKEN, receivedAt: SECOND_AT } }, first.lastKnownGood));
}

const row = (key: string) => screen.getByTestId(`policy-${key}`);

describe('PolicyView', () => {
  it('shows each value in plain words with its source chip and arrival time', () => {
    const status = statusOf(
      resolve({ managed: { raw: GOOD, receivedAt: FIRST_AT }, user: { raw: { disabledApps: ['gmail'] }, receivedAt: SECOND_AT } }),
    );
    render(<PolicyView status={status} now={NOW} />);

    expect(row('orgName')).toHaveTextContent('Acme Bank');
    expect(row('orgName')).toHaveAttribute('data-source', 'managed');
    expect(within(row('orgName')).getByText('Your company (managed)')).toBeInTheDocument();
    const time = within(row('orgName')).getByRole('time');
    expect(time).toHaveAttribute('datetime', FIRST_AT);
    expect(time).toHaveTextContent('3 days ago');

    expect(row('approvedTools')).toHaveTextContent('Acme GPT (gpt.acme.example)');
    // Note text is shown as typed, never as markup.
    expect(within(row('notes')).getByText('Remove customer names <first> before pasting.')).toBeInTheDocument();
    expect(row('notes')).toHaveTextContent('Be careful');
    expect(row('caps')).toHaveTextContent('At most 2 tips a day; a tip rests 48 hours');
    // Merged list: both contributors, company first.
    const apps = within(row('disabledApps'));
    expect(apps.getByText('Your company (managed)')).toBeInTheDocument();
    expect(apps.getByText('You')).toBeInTheDocument();
    expect(row('disabledApps')).toHaveTextContent('Slack');
    expect(row('disabledApps')).toHaveTextContent('Gmail');
    // Untouched keys are the defaults, built in.
    expect(row('redact')).toHaveAttribute('data-source', 'default');
    expect(within(row('redact')).getByText('Default')).toBeInTheDocument();
    expect(row('redact')).toHaveTextContent('Built into Lastmile');
    expect(row('sync')).toHaveTextContent('https://lastmile.acme.example');
    expect(row('sync')).toHaveTextContent('sales-emea');

    expect(screen.getByTestId('policy-rejected')).toHaveTextContent('Nothing rejected');
    expect(screen.queryByTestId('lkg')).not.toBeInTheDocument();
  });

  it('marks the last known good value and lists what was rejected and why', () => {
    render(<PolicyView status={afterBrokenUpdate()} now={NOW} />);

    expect(row('notes')).toHaveTextContent('Remove customer names <first> before pasting.');
    expect(row('notes')).not.toHaveTextContent('paste contracts');

    const caps = row('caps');
    expect(caps).toHaveTextContent('At most 2 tips a day; a tip rests 48 hours');
    expect(within(caps).getByTestId('lkg')).toHaveTextContent('Last known good');
    expect(within(caps).getByRole('time')).toHaveAttribute('datetime', FIRST_AT);
    // The valid note is the new one: it arrived with the second update.
    expect(within(row('notes')).getByRole('time')).toHaveAttribute('datetime', SECOND_AT);

    const rejected = within(screen.getByTestId('policy-rejected')).getAllByTestId('rejection');
    const note = rejected.find((r) => r.textContent?.includes('notes[1].text'));
    expect(note).toBeDefined();
    // The sentence is the page's own; the checker's words are the labelled technical detail.
    expect(within(note as HTMLElement).getByText('Permission notes: a value is not valid.')).toHaveClass('pv-reason');
    expect(within(note as HTMLElement).getByTestId('technical-detail')).toHaveTextContent(
      'Technical detail: must be plain text: HTML is shown as typed, never rendered',
    );
    expect(note).toHaveTextContent('sf-markup');
    expect(note).toHaveTextContent('Your company (managed)');
    expect(note).toHaveTextContent('"<b>Never</b> paste contracts"');
    const capsWhole = rejected.find((r) => r.textContent?.includes('the last valid one'));
    expect(capsWhole).toHaveTextContent(/^caps/);
    expect(capsWhole).toHaveTextContent(`Limits: the new value can't be used, so the last valid one (received ${formatAbsolute(FIRST_AT)}) stays in force.`);
    expect(rejected.some((r) => r.textContent?.includes('caps.tipsPerDay') && r.textContent.includes('"many"'))).toBe(true);
  });

  it('never shows the enrollment token, even if a reply carried it', () => {
    const resolved = resolve({ managed: { raw: GOOD, receivedAt: FIRST_AT } });
    // A reply that forgot to strip it: the page's schema drops the field.
    const leaky = PolicyStatusSchema.parse({ ...resolved, policy: resolved.policy });
    expect(JSON.stringify(leaky)).not.toContain(TOKEN);
    const { container } = render(<PolicyView status={leaky} now={NOW} />);
    expect(container.textContent).not.toContain(TOKEN);
    expect(container.innerHTML).not.toContain(TOKEN);
  });

  it('shows loading and errors', () => {
    const { rerender } = render(<PolicyView status={null} now={NOW} />);
    expect(screen.getByText('Loading the policy…')).toHaveAttribute('aria-busy', 'true');
    rerender(<PolicyView status={null} error={replyErrorText(new Error('Could not establish connection. Receiving end does not exist.'))} now={NOW} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not read the policy: Lastmile could not do this just now. Reload the page and try again.');
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technical detail: Could not establish connection.');
  });

  it('has no serious axe violations', async () => {
    const { container } = render(<PolicyView status={afterBrokenUpdate()} now={NOW} />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
