import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EventLog, eventLogRow, type EventLogRow } from '@/components/habits/EventLog';
import { tipCatalogue } from '@/components/habits/HabitsOverview';
import type { PolicyView } from '@/lib/pages/replies';
import type { StoredUsageEvent } from '@/lib/usage/store';

const ALL: EventLogRow[] = Array.from({ length: 23 }, (_, i) => ({
  id: 100 - i,
  at: new Date(Date.UTC(2026, 2, 5, 12, 0) - i * 3_600_000).toISOString(),
  type: i % 2 === 0 ? 'prompt_copied' : 'manual_log',
  ...(i % 2 === 0 ? { app: 'Salesforce', tip: 'Draft the follow-up email' } : {}),
}));

function Paged({ pageSize }: { pageSize: number }) {
  const [page, setPage] = useState(0);
  return (
    <EventLog
      rows={ALL.slice(page * pageSize, (page + 1) * pageSize)}
      page={page}
      pageCount={Math.ceil(ALL.length / pageSize)}
      total={ALL.length}
      onPageChange={setPage}
      timeZone="UTC"
    />
  );
}

describe('EventLog', () => {
  it('pages through the events, newest first, with plain words for each type', async () => {
    const user = userEvent.setup();
    render(<Paged pageSize={10} />);
    const table = screen.getByRole('table');
    const bodyRows = () => within(table).getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(10);
    expect(bodyRows()[0]).toHaveTextContent('Copied a prompt');
    expect(bodyRows()[0]).toHaveTextContent('Salesforce');
    expect(bodyRows()[0]).toHaveTextContent('Draft the follow-up email');
    expect(bodyRows()[1]).toHaveTextContent('Logged AI use');
    expect(screen.getByText('Page 1 of 3 · 23 events')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Older' }));
    await user.click(screen.getByRole('button', { name: 'Older' }));
    expect(screen.getByText('Page 3 of 3 · 23 events')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();
    expect(table).toHaveAccessibleName('Stored events, newest first: page 3 of 3');

    await user.click(screen.getByRole('button', { name: 'Newer' }));
    expect(screen.getByText('Page 2 of 3 · 23 events')).toBeInTheDocument();
    expect(bodyRows()[0]!.querySelector('time')).toHaveAttribute('dateTime', ALL[10]!.at);
  });

  it("names AI tools by their display name, the company's own tools included", () => {
    const rows: EventLogRow[] = [
      { id: 4, at: '2026-03-05T12:00:00.000Z', type: 'ai_prompt', tool: 'chatgpt' },
      { id: 3, at: '2026-03-05T11:00:00.000Z', type: 'ai_session', tool: 'copilot' },
      { id: 2, at: '2026-03-05T10:00:00.000Z', type: 'ai_opened', tool: 'acme-gpt' },
      { id: 1, at: '2026-03-05T09:00:00.000Z', type: 'ai_opened', tool: 'unknown-tool' },
    ];
    const tools = [{ id: 'acme-gpt', name: 'Acme Assistant', url: 'https://ai.acme.example/' }];
    render(<EventLog rows={rows} page={0} pageCount={1} total={4} onPageChange={() => {}} timeZone="UTC" tools={tools} />);
    const cells = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent);
    expect(cells).toEqual(['ChatGPT', 'Microsoft Copilot', 'Acme Assistant', 'unknown-tool']);
  });

  it("names the company's tips and tools from the policy in force, and shows an id only when nothing names it", () => {
    const stamp = { timeZone: 'UTC', day: '2026-03-05' } as const;
    const events: StoredUsageEvent[] = [
      { id: 6, at: '2026-03-05T12:00:00.000Z', ...stamp, type: 'prompt_copied', app: 'salesforce', page: 'record', tipId: 'acme-renewal-brief' },
      { id: 5, at: '2026-03-05T11:00:00.000Z', ...stamp, type: 'card_opened', app: 'jira', page: 'issue', tipId: 'jira-bug-report' },
      { id: 4, at: '2026-03-05T10:00:00.000Z', ...stamp, type: 'ai_prompt', toolId: 'acme-gpt' },
      { id: 3, at: '2026-03-05T09:00:00.000Z', ...stamp, type: 'ai_session', toolId: 'claude' },
      { id: 2, at: '2026-03-05T08:00:00.000Z', ...stamp, type: 'tip_shown', app: 'gmail', page: 'thread', tipId: 'acme-withdrawn' },
      { id: 1, at: '2026-03-05T07:00:00.000Z', ...stamp, type: 'ai_prompt', toolId: 'retired-tool' },
    ];
    const policy: Pick<PolicyView, 'tips' | 'approvedTools'> = {
      tips: [{ id: 'acme-renewal-brief', title: 'Brief me on this renewal', app: 'salesforce' }],
      approvedTools: [
        { id: 'acme-gpt', name: 'Acme Assistant', url: 'https://ai.acme.example/' },
        { id: 'claude', name: 'Claude', url: 'https://claude.ai/new' },
      ],
    };
    const tips = tipCatalogue([['jira-bug-report', { title: 'Write a clear bug report', app: 'jira' }]], policy.tips);
    const rows = events.map((e) => eventLogRow(e, (id) => tips.get(id)?.title ?? id));
    render(<EventLog rows={rows} page={0} pageCount={1} total={rows.length} onPageChange={() => {}} timeZone="UTC" tools={policy.approvedTools} />);
    const cells = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').slice(2).map((c) => c.textContent));
    expect(cells).toEqual([
      ['Salesforce', 'Brief me on this renewal'],
      ['Jira', 'Write a clear bug report'],
      ['—', 'Acme Assistant'],
      ['—', 'Claude'],
      ['Gmail', 'acme-withdrawn'],
      ['—', 'retired-tool'],
    ]);
  });

  it("prefers the company's tip when it reuses a bundled id", () => {
    const bundled: [string, { title: string }][] = [['sf-opp-followup', { title: 'Draft the follow-up' }]];
    expect(tipCatalogue(bundled, [{ id: 'sf-opp-followup', title: 'Follow up, the Acme way', app: 'salesforce' }]).get('sf-opp-followup')).toEqual({
      title: 'Follow up, the Acme way',
      app: 'salesforce',
    });
    expect(tipCatalogue(bundled).get('sf-opp-followup')?.title).toBe('Draft the follow-up');
  });

  it('says so when nothing is stored', () => {
    render(<EventLog rows={[]} page={0} pageCount={0} total={0} onPageChange={() => {}} />);
    expect(screen.getByText('No events stored.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
