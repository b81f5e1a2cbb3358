import { createHmac } from 'node:crypto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/habits/PopupView';
import { SharingView, type SharingViewProps } from '@/components/habits/SharingView';
import { SyncPreviewSchema, type SyncPreviewView, type SyncStatusView } from '@/lib/pages/replies';
import { loadBundledPlaybook } from '@/lib/playbook/load';
import { previewReport } from '@/lib/sync/build';
import { DailyReportSchema } from '@/lib/sync/report';
import { seriousViolations } from './a11y';
import { fakeSummary, generateRollups, TODAY } from './fixtures';

const NOW = new Date(`${TODAY}T12:00:00.000Z`);
const hmac = async (secret: Uint8Array, message: string) => createHmac('sha256', secret).update(message).digest('hex');
const OPTS = {
  secret: new Uint8Array(32).fill(7),
  hmac,
  tipIds: new Set(loadBundledPlaybook().map((t) => t.id)),
  cohort: 'sales-emea',
};

/** The preview exactly as the background builds it, read through the page's schema. */
async function preview(withHistory: boolean): Promise<SyncPreviewView> {
  const built = await previewReport(TODAY, withHistory ? generateRollups(40) : [], OPTS);
  return SyncPreviewSchema.parse(JSON.parse(JSON.stringify(built)));
}

function status(state: SyncStatusView['state'], extra: Partial<SyncStatusView> = {}): SyncStatusView {
  return { state, sent: 0, queued: 0, failed: 0, ...extra };
}

async function props(overrides: Partial<SharingViewProps> = {}): Promise<SharingViewProps> {
  return {
    status: status('needs-consent'),
    preview: await preview(true),
    now: NOW,
    onConsent: vi.fn(async () => undefined),
    onSyncNow: vi.fn(async () => status('on', { sent: 1, lastSentAt: NOW.toISOString() })),
    ...overrides,
  };
}

const button = (name: string) => screen.queryByRole('button', { name });

describe('SharingView', () => {
  it('shows the exact next report as pretty JSON that parses back to the report', async () => {
    const p = await props();
    render(<SharingView {...p} />);
    const pre = screen.getByTestId('share-preview');
    expect(pre.tagName).toBe('PRE');
    const shown: unknown = JSON.parse(pre.textContent ?? '');
    expect(shown).toEqual(p.preview?.report);
    expect(DailyReportSchema.parse(shown).cohort).toBe('sales-emea');
    expect(pre.textContent).toBe(JSON.stringify(p.preview?.report, null, 2));
    expect(p.preview?.example).toBe(false);
    expect(screen.queryByText(/This is an example/)).not.toBeInTheDocument();
    // The plain-language promise.
    expect(screen.getByRole('heading', { name: 'Never sent' })).toBeInTheDocument();
    expect(screen.getByText('Web addresses (URLs) and record ids')).toBeInTheDocument();
  });

  it('says when the report is only an example', async () => {
    const example = await preview(false);
    expect(example.example).toBe(true);
    render(<SharingView {...await props({ preview: example })} />);
    expect(screen.getByText('This is an example — you have no finished day with activity yet.')).toBeInTheDocument();
    expect(JSON.parse(screen.getByTestId('share-preview').textContent ?? '')).toEqual(example.report);
  });

  it('off: says so, offers no consent, and Sync now is disabled', async () => {
    render(<SharingView {...await props({ status: status('off') })} />);
    const state = screen.getByTestId('sync-state');
    expect(state).toHaveAttribute('data-state', 'off');
    expect(state).toHaveTextContent("Your company hasn't turned on sharing");
    expect(button('Share these anonymous statistics')).not.toBeInTheDocument();
    expect(button('Stop sharing')).not.toBeInTheDocument();
    expect(button('Sync now')).toBeDisabled();
  });

  it('needs-consent: the primary button agrees', async () => {
    const user = userEvent.setup();
    const p = await props();
    render(<SharingView {...p} />);
    expect(screen.getByTestId('sync-state')).toHaveAttribute('data-state', 'needs-consent');
    expect(button('Stop sharing')).not.toBeInTheDocument();
    expect(button('Sync now')).toBeDisabled();
    const share = button('Share these anonymous statistics');
    expect(share).toHaveClass('hb-btn-primary');
    await user.click(share as HTMLElement);
    expect(p.onConsent).toHaveBeenCalledWith(true);
    expect(await screen.findByText('Thank you: sharing is on')).toBeInTheDocument();
  });

  it('on: Stop sharing withdraws; Sync now shows progress, then the result', async () => {
    const user = userEvent.setup();
    let finish: (s: SyncStatusView) => void = () => undefined;
    const onSyncNow = vi.fn(() => new Promise<SyncStatusView>((resolve) => (finish = resolve)));
    const p = await props({
      status: status('on', { sent: 3, queued: 1, lastSentAt: '2026-03-05T08:00:00.000Z', nextAttemptAt: '2026-03-05T13:00:00.000Z' }),
      onSyncNow,
    });
    render(<SharingView {...p} />);
    expect(screen.getByTestId('sync-state')).toHaveTextContent('Sharing is on');
    expect(button('Share these anonymous statistics')).not.toBeInTheDocument();
    expect(screen.getByText('Last sent').nextElementSibling).toHaveTextContent('4 hours ago');
    expect(screen.getByText('Next attempt').nextElementSibling).toHaveTextContent('in 1 hour');

    await user.click(button('Sync now') as HTMLElement);
    expect(screen.getByTestId('sync-result')).toHaveTextContent('Sending…');
    expect(button('Sync now')).toBeDisabled();
    finish(status('on', { sent: 1 }));
    await waitFor(() => expect(screen.getByTestId('sync-result')).toHaveTextContent(/^Sent 1 report$/));
    expect(button('Sync now')).toBeEnabled();

    await user.click(button('Stop sharing') as HTMLElement);
    expect(p.onConsent).toHaveBeenCalledWith(false);
  });

  it('reports a failed or empty sync in words', async () => {
    const user = userEvent.setup();
    const onSyncNow = vi.fn(async () =>
      status('on', { sent: 0, queued: 2, lastError: { code: 'network', detail: 'connection refused' } }),
    );
    render(<SharingView {...await props({ status: status('on'), onSyncNow })} />);
    await user.click(button('Sync now') as HTMLElement);
    await waitFor(() =>
      expect(screen.getByTestId('sync-result')).toHaveTextContent(
        "2 reports waiting to be retried. Your company's Lastmile server could not be reached. Reports are kept and sent later.",
      ),
    );
    expect(screen.getByTestId('sync-result')).not.toHaveTextContent('connection refused');
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technical detail: connection refused');
    expect(screen.getByTestId('sync-result')).toHaveAttribute('data-tone', 'error');
  });

  it('misconfigured: shows the problem and no consent button', async () => {
    render(
      <SharingView
        {...await props({ status: status('misconfigured', { lastError: { code: 'misconfigured', detail: '✖ must be an https:// URL → at endpoint' } }) })}
      />,
    );
    expect(screen.getByTestId('sync-state')).toHaveAttribute('data-state', 'misconfigured');
    expect(
      screen.getByText(
        "Last problem: Sharing is set up wrongly in your company's policy, so nothing is sent. Your IT team can fix it.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technical detail: ✖ must be an https:// URL → at endpoint');
    expect(button('Share these anonymous statistics')).not.toBeInTheDocument();
    expect(button('Sync now')).toBeDisabled();
  });

  it('copies the report', async () => {
    const user = userEvent.setup();
    const copy = vi.fn(async () => undefined);
    const p = await props({ copy });
    render(<SharingView {...p} />);
    await user.click(button('Copy report') as HTMLElement);
    expect(copy).toHaveBeenCalledWith(JSON.stringify(p.preview?.report, null, 2));
    expect(await screen.findByText('Report copied')).toBeInTheDocument();
  });

  it('has no serious axe violations in each state', async () => {
    for (const state of ['off', 'needs-consent', 'misconfigured', 'on'] as const) {
      const { container, unmount } = render(<SharingView {...await props({ status: status(state) })} />);
      expect(await seriousViolations(container)).toEqual([]);
      unmount();
    }
  });
});

describe('Popup consent line', () => {
  it('links to the sharing section only when consent is asked for', async () => {
    const user = userEvent.setup();
    const onOpenHabits = vi.fn();
    const base = { summary: fakeSummary(), today: null, trackingPaused: false, log: { kind: 'idle' } as const, onLog: vi.fn(), onOpenHabits };
    const { rerender, container } = render(<PopupView {...base} sharingAsk />);
    expect(screen.getByTestId('sharing-ask')).toHaveTextContent('Your company asks to share anonymous statistics — review');
    const link = screen.getByRole('link', { name: 'review' });
    expect(link).toHaveAttribute('href', '/habits.html#sharing');
    await user.click(link);
    expect(onOpenHabits).toHaveBeenCalledWith('sharing');
    expect(await seriousViolations(container)).toEqual([]);
    rerender(<PopupView {...base} />);
    expect(screen.queryByTestId('sharing-ask')).not.toBeInTheDocument();
  });
});
