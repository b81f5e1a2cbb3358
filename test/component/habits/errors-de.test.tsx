/**
 * Problems in German: policy rejections, sync errors and refused saves reach the employee as German
 * sentences built from codes; the English technical detail (zod's words, the browser's, the
 * background's) appears only in the labelled "Technisches Detail" line, never as the message.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';

await vi.hoisted(async () => {
  const { installI18n } = await import('../../support/i18n');
  installI18n('de');
});

const { PolicyView, RejectedList, rejectionText } = await import('@/components/habits/PolicyView');
const { OwnSettings } = await import('@/components/habits/OwnSettings');
const { HabitSettingsForm } = await import('@/components/habits/HabitSettingsForm');
const { SharingView, syncErrorText, syncResultText } = await import('@/components/habits/SharingView');
const { replyErrorText } = await import('@/components/habits/error-text');
const { formatAbsolute, formatDay } = await import('@/components/habits/format');
const { Onboarding } = await import('@/components/onboarding/Onboarding');
const { sampleTip } = await import('@/components/onboarding/sample');
const { tourData } = await import('@/lib/onboarding');
const { ReplyError, REPLY_ERROR_CODES } = await import('@/lib/page-replies');
const { PolicyStatusSchema, RejectionViewSchema, SyncStatusSchema } = await import('@/lib/pages/replies');
const { REJECTION_CODES } = await import('@/lib/policy/rejection');
const { resolvePolicy } = await import('@/lib/policy/merge');
const { SYNC_ERROR_CODES } = await import('@/lib/sync/errors');
const { DEFAULT_HABIT_SETTINGS } = await import('@/lib/usage/settings');

type RejectionView = import('@/lib/pages/replies').RejectionView;
type SyncStatusView = import('@/lib/pages/replies').SyncStatusView;
type PolicySources = import('@/lib/policy/merge').PolicySources;
type SyncError = import('@/lib/sync/errors').SyncError;
type RejectionCode = import('@/lib/policy/rejection').RejectionCode;
type ReplyErrorCode = import('@/lib/page-replies').ReplyErrorCode;

const NOW = new Date('2026-11-23T10:00:00.000Z');
const FIRST_AT = '2026-11-20T09:00:00.000Z';

let warn: MockInstance<typeof console.warn>;
beforeAll(() => {
  warn = vi.spyOn(console, 'warn');
});
afterAll(() => {
  // Every key asked for exists in German.
  expect(warn.mock.calls.filter((c) => String(c[0]).includes('[i18n]'))).toEqual([]);
  warn.mockRestore();
});

function statusOf(sources: PolicySources, lkg?: Parameters<typeof resolvePolicy>[1]) {
  const r = resolvePolicy(sources, lkg, NOW);
  const { enrollmentToken: _t, ...sync } = r.policy.sync ?? { enrollmentToken: '' };
  return PolicyStatusSchema.parse(
    JSON.parse(JSON.stringify({ policy: { ...r.policy, ...(r.policy.sync ? { sync } : {}) }, provenance: r.provenance, rejected: r.rejected, resolvedAt: r.resolvedAt })),
  );
}

/** One rejection of each code, as the page receives it, and its German sentence. */
const REJECTIONS: Readonly<Record<RejectionCode, [Omit<RejectionView, 'source'>, string]>> = {
  not_a_key: [{ part: 'source', code: 'not_a_key', path: 'orgname' }, '„orgname“ ist keine Einstellung, die Lastmile kennt. Prüfen Sie die Schreibweise.'],
  unknown_field: [
    { part: 'approvedTools', code: 'unknown_field', path: 'approvedTools[1].colour' },
    'Freigegebene KI-Tools: enthält ein Feld, das Lastmile nicht kennt. Prüfen Sie die Schreibweise.',
  ],
  required: [{ part: 'approvedTools', code: 'required', path: 'approvedTools[2].url' }, 'Freigegebene KI-Tools: Ein Pflichtfeld fehlt.'],
  invalid: [
    { part: 'notes', code: 'invalid', path: 'notes[1].text', detail: 'must be plain text: HTML is shown as typed, never rendered' },
    'Hinweise zur Nutzung: Ein Wert ist ungültig.',
  ],
  not_a_list: [{ part: 'disabledApps', code: 'not_a_list', path: 'disabledApps' }, 'Apps, in denen Lastmile aus ist: muss eine Liste sein und wurde deshalb nicht verwendet.'],
  not_an_object: [{ part: 'source', code: 'not_an_object', path: '(root)' }, 'Diese Richtlinie konnte nicht gelesen werden: Sie muss eine Gruppe von Einstellungen sein.'],
  too_many: [{ part: 'approvedTools', code: 'too_many', path: 'approvedTools[20]', count: 20 }, 'Freigegebene KI-Tools: Nur die ersten 20 Einträge werden verwendet.'],
  duplicate: [{ part: 'notes', code: 'duplicate', path: 'notes[3]', id: 'ok-one' }, 'Hinweise zur Nutzung: „ok-one“ kommt doppelt vor; der erste Eintrag wird verwendet.'],
  all_rejected: [{ part: 'notes', code: 'all_rejected', path: 'notes' }, 'Hinweise zur Nutzung: Alle Einträge wurden abgelehnt, deshalb wird nichts davon verwendet.'],
  user_not_allowed: [{ part: 'orgName', code: 'user_not_allowed', path: 'orgName' }, 'Name des Unternehmens: Das kann nur Ihr Unternehmen festlegen.'],
  backend_not_allowed: [
    { part: 'sync', code: 'backend_not_allowed', path: 'sync' },
    'Teilen anonymer Statistiken: Der Lastmile-Server Ihres Unternehmens kann das nicht festlegen, nur die verwaltete Richtlinie.',
  ],
  kept_last_valid: [
    { part: 'caps', code: 'kept_last_valid', path: 'caps', receivedAt: FIRST_AT, detail: 'invalid as a whole' },
    `Grenzen: Der neue Wert ist nicht verwendbar, deshalb bleibt der letzte gültige Wert (erhalten ${formatAbsolute(FIRST_AT)}) in Kraft.`,
  ],
  no_last_valid: [
    { part: 'caps', code: 'no_last_valid', path: 'caps', detail: 'invalid as a whole' },
    'Grenzen: Der neue Wert ist nicht verwendbar und es gibt keinen früheren gültigen Wert, deshalb wird er ignoriert.',
  ],
  tool_not_approved: [
    { part: 'preferredTool', code: 'tool_not_approved', path: 'preferredTool', id: 'claude' },
    'Zuerst angebotenes KI-Tool: „claude“ ist kein freigegebenes KI-Tool und wird deshalb ignoriert.',
  ],
  more: [{ part: 'source', code: 'more', path: '(more)', count: 51 }, '51 weitere Probleme werden nicht aufgeführt.'],
};

describe('policy rejections in German', () => {
  it('words every code as a German sentence', () => {
    expect(Object.keys(REJECTIONS).sort()).toEqual([...REJECTION_CODES].sort());
    const items = Object.values(REJECTIONS).map(([r]) => RejectionViewSchema.parse({ source: 'managed', ...r }));
    render(<RejectedList items={items} />);
    const shown = screen.getAllByTestId('rejection');
    Object.values(REJECTIONS).forEach(([, german], i) => {
      expect(within(shown[i] as HTMLElement).getByText(german)).toHaveClass('pv-reason');
    });
    // Key titles come from the German locale, not from the code.
    expect(rejectionText(RejectionViewSchema.parse({ source: 'user', part: 'schemaVersion', code: 'invalid', path: 'schemaVersion' }))).toBe(
      'Version des Richtlinienformats: Ein Wert ist ungültig.',
    );
  });

  it("shows the resolver's rejections in German, zod's English only as the technical detail", () => {
    const first = resolvePolicy({ managed: { raw: { caps: { tipsPerDay: 2 } }, receivedAt: FIRST_AT } }, undefined, new Date(FIRST_AT));
    const status = statusOf(
      {
        managed: {
          raw: {
            caps: { tipsPerDay: 'many' },
            notes: [{ id: 'sf-markup', app: 'salesforce', level: 'blocked', text: '<b>Never</b> paste contracts' }, { id: 'x', app: 'salesforce', level: 'nope', text: 'x' }],
            orgname: 'typo',
          },
          receivedAt: NOW.toISOString(),
        },
        user: { raw: { orgName: 'Me' }, receivedAt: NOW.toISOString() },
      },
      first.lastKnownGood,
    );
    render(<PolicyView status={status} now={NOW} />);
    const list = within(screen.getByTestId('policy-rejected'));
    const reasons = list.getAllByTestId('rejection').map((li) => li.querySelector('.pv-reason')?.textContent ?? '');
    expect(reasons).toContain('„orgname“ ist keine Einstellung, die Lastmile kennt. Prüfen Sie die Schreibweise.');
    expect(reasons).toContain('Hinweise zur Nutzung: Ein Wert ist ungültig.');
    expect(reasons).toContain('Name des Unternehmens: Das kann nur Ihr Unternehmen festlegen.');
    expect(reasons.some((t) => t.startsWith('Grenzen: Der neue Wert ist nicht verwendbar, deshalb bleibt'))).toBe(true);
    // No English in the main message; the checker's words are labelled as technical detail.
    for (const text of reasons) expect(text).not.toMatch(/\b(must|is|the|expected|Invalid)\b/);
    const details = list.getAllByTestId('technical-detail').map((d) => d.textContent ?? '');
    expect(details).toContain('Technisches Detail: must be plain text: HTML is shown as typed, never rendered');
    expect(details.every((d) => d.startsWith('Technisches Detail: '))).toBe(true);
  });
});

/** One sync error of each code and its German sentence (and technical detail, when any). */
const SYNC: Readonly<Record<SyncError['code'], [SyncError, string, string | undefined]>> = {
  network: [
    { code: 'network', detail: 'Failed to fetch' },
    'Der Lastmile-Server Ihres Unternehmens war nicht erreichbar. Die Berichte bleiben gespeichert und werden später gesendet.',
    'Failed to fetch',
  ],
  timeout: [
    { code: 'timeout', seconds: 30 },
    'Der Lastmile-Server Ihres Unternehmens hat nicht innerhalb von 30 Sekunden geantwortet. Die Berichte bleiben gespeichert und werden später gesendet.',
    undefined,
  ],
  auth_refused: [
    { code: 'auth_refused', status: 401 },
    'Der Lastmile-Server Ihres Unternehmens hat die Registrierung dieses Browsers nicht akzeptiert. Die Berichte bleiben gespeichert, bis Ihre IT das behebt.',
    'HTTP 401',
  ],
  rate_limited: [
    { code: 'rate_limited', status: 429 },
    'Der Lastmile-Server Ihres Unternehmens hat um eine Pause gebeten. Die Berichte bleiben gespeichert und werden später gesendet.',
    'HTTP 429',
  ],
  server_unavailable: [
    { code: 'server_unavailable', status: 503 },
    'Der Lastmile-Server Ihres Unternehmens konnte gerade keine Berichte annehmen. Sie bleiben gespeichert und werden später gesendet.',
    'HTTP 503',
  ],
  server_rejected: [
    { code: 'server_rejected', status: 422, day: '2026-03-03' },
    `Der Lastmile-Server Ihres Unternehmens hat den Bericht für ${formatDay('2026-03-03')} abgelehnt. Er wird nicht erneut gesendet.`,
    'HTTP 422',
  ],
  too_large: [{ code: 'too_large', day: '2026-03-03' }, `Der Bericht für ${formatDay('2026-03-03')} ist zu groß und wird deshalb nicht gesendet.`, undefined],
  misconfigured: [
    { code: 'misconfigured', detail: 'endpoint: must be an https:// URL without query or fragment' },
    'Das Teilen ist in der Richtlinie Ihres Unternehmens falsch eingerichtet, deshalb wird nichts gesendet. Ihre IT kann das beheben.',
    'endpoint: must be an https:// URL without query or fragment',
  ],
  cohort_invalid: [
    { code: 'cohort_invalid', max: 40 },
    'Die Gruppenbezeichnung Ihres Unternehmens lässt sich in Berichten nicht verwenden, deshalb wird nichts gesendet. Ihre IT kann das beheben.',
    undefined,
  ],
  unknown: [
    { code: 'unknown', detail: 'The server said no' },
    'Beim Senden der Berichte ist etwas schiefgegangen.',
    'The server said no',
  ],
};

const syncStatus = (state: SyncStatusView['state'], extra: Partial<SyncStatusView> = {}): SyncStatusView =>
  SyncStatusSchema.parse({ state, sent: 0, queued: 0, failed: 0, ...extra });

describe('sync errors in German', () => {
  it('words every code, with the HTTP status and the browser’s words as technical detail only', () => {
    expect(Object.keys(SYNC).sort()).toEqual([...SYNC_ERROR_CODES].sort());
    for (const [error, german, detail] of Object.values(SYNC)) {
      expect(syncErrorText(error)).toEqual(detail === undefined ? { text: german } : { text: german, detail });
    }
    expect(syncErrorText({ code: 'timeout' }).text).toBe(
      'Der Lastmile-Server Ihres Unternehmens hat nicht rechtzeitig geantwortet. Die Berichte bleiben gespeichert und werden später gesendet.',
    );
    expect(syncErrorText({ code: 'server_rejected' }).text).toBe(
      'Der Lastmile-Server Ihres Unternehmens hat einen Bericht abgelehnt. Er wird nicht erneut gesendet.',
    );
    expect(syncResultText(syncStatus('on', { failed: 1, lastError: { code: 'server_rejected', status: 422, day: '2026-03-03' } }))).toBe(
      `1 Bericht vom Server abgelehnt. ${SYNC.server_rejected[1]}`,
    );
  });

  it('shows the last problem in German on the sharing screen, and a refused consent change', async () => {
    const user = userEvent.setup();
    const onConsent = vi.fn(async () => Promise.reject(new ReplyError('storage_full', 'QuotaExceededError: quota exceeded')));
    render(
      <SharingView
        status={syncStatus('needs-consent', { queued: 1, lastError: { code: 'server_unavailable', status: 503 } })}
        preview={null}
        now={NOW}
        onConsent={onConsent}
        onSyncNow={vi.fn(async () => syncStatus('on'))}
      />,
    );
    expect(screen.getByText(`Letztes Problem: ${SYNC.server_unavailable[1]}`)).toBeInTheDocument();
    expect(screen.getByText('Technisches Detail: HTTP 503')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Diese anonymen Statistiken teilen' }));
    expect(await screen.findByText('Nicht geändert: Der Speicher des Browsers für Lastmile ist voll.')).toBeInTheDocument();
    expect(screen.getByText('Technisches Detail: QuotaExceededError: quota exceeded')).toBeInTheDocument();
  });
});

const REPLY: Readonly<Record<ReplyErrorCode, string>> = {
  invalid_settings: 'Lastmile hat diesen Wert nicht übernommen.',
  storage_full: 'Der Speicher des Browsers für Lastmile ist voll.',
  refused: 'Lastmile hat diese Anfrage von dieser Seite nicht angenommen.',
  failed: 'Lastmile konnte das gerade nicht ausführen. Laden Sie die Seite neu und versuchen Sie es erneut.',
};

describe('refused saves in German', () => {
  it('words every reply code; an error without one is `failed`', () => {
    expect(Object.keys(REPLY).sort()).toEqual([...REPLY_ERROR_CODES].sort());
    for (const code of REPLY_ERROR_CODES) {
      expect(replyErrorText(new ReplyError(code, `detail of ${code}`))).toEqual({ text: REPLY[code], detail: `detail of ${code}` });
    }
    expect(replyErrorText(new Error('Could not establish connection. Receiving end does not exist.'))).toEqual({
      text: REPLY.failed,
      detail: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('own settings: the refusal in German, the zod summary only as technical detail', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => Promise.reject(new ReplyError('invalid_settings', 'Invalid settings: caps.tipsPerDay: Too big: expected number to be <=50')));
    render(<OwnSettings status={statusOf({})} own={{}} onSave={onSave} />);
    await user.click(screen.getByRole('checkbox', { name: 'Gmail' }));
    await waitFor(() => expect(screen.getByText(`Nicht gespeichert: ${REPLY.invalid_settings}`)).toBeInTheDocument());
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technisches Detail: Invalid settings: caps.tipsPerDay: Too big');
  });

  it('habit settings: a full storage in German', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => Promise.reject(new ReplyError('storage_full', 'QuotaExceededError')));
    render(<HabitSettingsForm settings={DEFAULT_HABIT_SETTINGS} onSave={onSave} />);
    await user.click(screen.getByRole('switch', { name: 'Erfassung pausieren' }));
    expect(await screen.findByText(`Nicht gespeichert: ${REPLY.storage_full}`)).toBeInTheDocument();
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technisches Detail: QuotaExceededError');
  });

  it('the tour: a refused goal and an unreadable policy in German', async () => {
    const user = userEvent.setup();
    render(
      <Onboarding
        {...tourData(null, 'normal', 3, undefined)}
        loadError="Malformed reply to policy:status"
        sample={sampleTip('Acme', '23.11.2026')}
        links={{ sharing: '/habits.html#sharing', habits: '/habits.html' }}
        onSaveTool={vi.fn(async () => {})}
        onSaveGoal={vi.fn(async () => Promise.reject(new ReplyError('refused', 'settings:habits: only accepted from extension pages')))}
        onCopy={vi.fn(async () => true)}
        onComplete={vi.fn(async () => {})}
        onCloseTab={vi.fn()}
      />,
    );
    expect(screen.getByText('Einige Einstellungen konnten nicht gelesen werden. Sie können die Tour trotzdem machen.')).toBeInTheDocument();
    expect(screen.getByText('Technisches Detail: Malformed reply to policy:status')).toBeInTheDocument();
    const next = () => screen.getByRole('button', { name: /^(Weiter|Fertig)/ });
    for (let i = 0; i < 3; i++) await user.click(next());
    await user.click(screen.getByRole('radio', { name: '5 Tage' }));
    await user.click(next());
    expect(await screen.findByText(`Nicht gespeichert: ${REPLY.refused}`)).toBeInTheDocument();
    expect(screen.getByText('Technisches Detail: settings:habits: only accepted from extension pages')).toBeInTheDocument();
  });
});
