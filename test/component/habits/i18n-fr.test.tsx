/**
 * The policy and sharing views in French: sentences with links, codes and times inside them keep
 * French word order, zero takes the singular, relative times and dates are French.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';

// `i18n.t` reads chrome.i18n when #i18n is first imported: switch to French before the components load.
await vi.hoisted(async () => {
  const { installI18n } = await import('../../support/i18n');
  installI18n('fr');
});

const { cellLabel } = await import('@/components/habits/Heatmap');
const { PolicyView } = await import('@/components/habits/PolicyView');
const { SharingView, syncResultText } = await import('@/components/habits/SharingView');
const { AppBreakdown } = await import('@/components/habits/AppBreakdown');
const { PolicyStatusSchema } = await import('@/lib/pages/replies');
const { resolvePolicy } = await import('@/lib/policy/merge');

const NOW = new Date('2026-11-23T10:00:00.000Z');
/** French puts a no-break space before : and ; (Testing Library reads it as a plain space in DOM text). */
const NBSP = '\u00a0';

let warn: MockInstance<typeof console.warn>;
beforeAll(() => {
  warn = vi.spyOn(console, 'warn');
});
afterAll(() => {
  expect(warn.mock.calls.filter((c) => String(c[0]).includes('[i18n]'))).toEqual([]);
  warn.mockRestore();
});

describe('the habits page in French', () => {
  it('puts zero in the singular and a no-break space before the colon', () => {
    expect(cellLabel({ day: '2026-03-03', count: 0, level: 0, inFuture: false, isToday: false, isWorkday: false, frozen: false })).toBe(
      `mar. 3 mars 2026${NBSP}: aucune action IA (jour de repos)`,
    );
    render(<AppBreakdown rows={[{ app: 'jira', label: 'Jira', aiActions: 0, tipsUsed: 0, minutesSaved: 0 }]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Jira0 action IA0 astuce utilisée');
    expect(syncResultText({ state: 'on', sent: 2, queued: 1, failed: 0 })).toBe("2 rapports envoyés et 1 rapport en attente d'un nouvel essai");
  });

  it('shows the policy in force with the link, the time and the code inside French sentences', () => {
    const resolved = resolvePolicy(
      {
        managed: {
          raw: {
            orgName: 'Acme Bank',
            caps: { tipsPerDay: 2, cooldownHours: 48 },
            redact: { emails: true, patterns: [{ name: 'contrat', regex: 'CT-\\d+' }] },
            sync: { enabled: true, endpoint: 'https://lastmile.acme.example', enrollmentToken: 'secret-token-0123456789', cohort: 'ventes' },
          },
          receivedAt: '2026-11-23T09:57:00.000Z',
        },
      },
      undefined,
      NOW,
    );
    const { enrollmentToken: _token, ...sync } = resolved.policy.sync ?? { enrollmentToken: '' };
    const status = PolicyStatusSchema.parse(
      JSON.parse(JSON.stringify({ ...resolved, policy: { ...resolved.policy, sync }, resolvedAt: '2026-11-23T09:58:00.000Z' })),
    );
    render(<PolicyView status={status} now={NOW} />);

    const intro = screen.getByText(/définit le comportement de Lastmile/);
    expect(intro.textContent).toMatch(/^Acme Bank définit le comportement de Lastmile\./);
    expect(within(intro).getByRole('link', { name: 'Paramètres' })).toHaveAttribute('href', '#settings');
    expect(intro).toHaveTextContent(/Vérifié il y a 2 minutes \(.+ 2026.+\)\.$/);
    expect(screen.getByRole('heading', { name: 'En vigueur' })).toBeInTheDocument();
    expect(screen.getByTestId('policy-caps')).toHaveTextContent(
      'Au maximum 2 astuces par jour ; une astuce est mise en pause pendant 48 heures après avoir été affichée ou reportée.',
    );
    expect(within(screen.getByTestId('policy-caps')).getByText('Votre entreprise (gérée)')).toBeInTheDocument();
    expect(screen.getByTestId('policy-caps')).toHaveTextContent('Reçu il y a 3 minutes');
    const redact = screen.getByTestId('policy-redact');
    expect(redact).toHaveTextContent('Adresses e-mail : remplacement par un espace réservé');
    expect(redact).toHaveTextContent('Règle personnalisée « contrat » : CT-\\d+ devient [contrat]');
    expect(within(redact).getByText('CT-\\d+').tagName).toBe('CODE');
    expect(screen.getByTestId('policy-sync')).toHaveTextContent('Serveur : https://lastmile.acme.example');
    expect(screen.getByTestId('policy-rejected')).toHaveTextContent('Aucun rejet');
  });

  it('asks for consent in French and reports a sync in French', async () => {
    const user = userEvent.setup();
    const onConsent = vi.fn(async () => undefined);
    render(
      <SharingView
        status={{ state: 'needs-consent', sent: 0, queued: 0, failed: 0 }}
        preview={null}
        now={NOW}
        onConsent={onConsent}
        onSyncNow={vi.fn(async () => ({ state: 'on' as const, sent: 1, queued: 0, failed: 0 }))}
      />,
    );
    expect(screen.getByTestId('sync-state')).toHaveTextContent('Votre entreprise vous propose de partager des statistiques anonymes');
    expect(screen.getByText('un résumé anonyme par journée terminée').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Synchroniser maintenant' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Partager ces statistiques anonymes' }));
    expect(onConsent).toHaveBeenCalledWith(true);
    expect(screen.getByText('Merci : le partage est activé')).toBeInTheDocument();
  });
});
