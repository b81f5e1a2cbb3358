import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { App } from '../../server/dashboard/src/App';
import type { Reply } from './helpers';
import { HIDDEN, SESSION, apiFor, bucket, errorBody, kpiResponse, stubServer } from './helpers';

/** Serious and critical violations, printed so a failure says what to fix. */
async function seriousViolations(context: Element): Promise<axe.Result[]> {
  // jsdom has no layout, so contrast can't be computed here; the palette was checked in both themes by hand.
  const results = await axe.run(context, { rules: { 'color-contrast': { enabled: false } } });
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) console.error(`${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.html}`).join('\n')}`);
  return bad;
}

const signedIn = { body: SESSION };

function routes(): Record<string, Reply> {
  return {
    'GET /admin/api/me': signedIn,
    'GET /admin/api/kpis': {
      body: kpiResponse({
        series: [bucket('2026-03-01'), bucket('2026-03-02', HIDDEN), bucket('2026-03-03')],
        alerts: [{ kind: 'helpfulness_drop', week: '2026-02-23', previous: 0.8, current: 0.6, dropPoints: 20 }],
        apps: [
          { app: 'salesforce', suppressed: false, partial: false, reports: 120, adoptionRate: 0.4, informedPerRecordVisit: 0.2, hoursSaved: 10, helpfulness: 0.8, aiActions: 40, tipsShown: 90, tipsUsed: 30 },
        ],
      }),
    },
    'GET /admin/api/use-cases': { body: { useCases: [] } },
    'GET /admin/api/policy': {
      body: {
        draft: { notes: [{ id: 'n1', app: 'salesforce', level: 'caution', text: 'Remove personal data first.' }] },
        draftUpdatedAt: null,
        published: null,
        publishedAt: null,
        publishedEtag: null,
        version: 0,
      },
    },
    'GET /admin/api/tokens': { body: { tokens: [{ id: 't1', label: 'Pilot', createdAt: '2026-02-01T08:00:00.000Z', revokedAt: null }] } },
    'GET /admin/api/settings': { body: { kAnonymity: 5, kFloor: 5 } },
  };
}

describe('Dashboard accessibility (axe)', () => {
  it('sign-in, with an error shown', async () => {
    const { fetch } = stubServer({
      'GET /admin/api/me': { status: 401, body: errorBody('unauthorized', 'x') },
      'POST /admin/api/session': { status: 401, body: errorBody('invalid_credentials', 'x') },
    });
    const { container } = render(<App api={apiFor(fetch)} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Work email'), 'a@b.co');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('alert');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it.each([
    ['overview', 'Overview'],
    ['use-cases', 'Use cases'],
    ['policy', 'Policy'],
    ['tokens', 'Enrollment tokens'],
    ['settings', 'Settings'],
  ])('%s screen', async (route, heading) => {
    window.location.hash = `#/${route}`;
    const { fetch } = stubServer(routes());
    const { container } = render(<App api={apiFor(fetch)} today="2026-03-04" />);
    await screen.findByRole('heading', { level: 1, name: heading });
    // Wait for the screen's data, not just its heading.
    if (route === 'overview') await screen.findByText(/Tip helpfulness dropped/);
    if (route === 'policy') await screen.findByTestId('card-preview');
    if (route === 'tokens') await screen.findByRole('rowheader', { name: 'Pilot' });
    if (route === 'settings') await screen.findByLabelText('Minimum group size (k)');
    if (route === 'use-cases') await screen.findByText('No use cases yet');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('use-case form showing its errors', async () => {
    window.location.hash = '#/use-cases';
    const { fetch } = stubServer(routes());
    const { container } = render(<App api={apiFor(fetch)} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New use case' }));
    await user.selectOptions(screen.getByLabelText('App'), 'gmail');
    await user.click(screen.getByRole('button', { name: 'Create use case' }));
    expect(await seriousViolations(container)).toEqual([]);
  });
});
