import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UseCase } from '../../server/api/contract';
import { UseCases } from '../../server/dashboard/src/UseCases';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { localize } from '../../lib/playbook/localize';
import { apiFor, errorBody, renderWithApi, stubServer } from './helpers';

const SF_TIPS = BUNDLED_TIPS.filter((t) => t.where.app === 'salesforce');

function useCase(over: Partial<UseCase> = {}): UseCase {
  return {
    id: 'uc1',
    name: 'Opportunity follow-ups',
    app: 'salesforce',
    tipIds: [SF_TIPS[0]?.id ?? ''],
    owner: 'Sales enablement',
    target: { kind: 'adoption_pct', value: 40 },
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    progress: { from: '2026-02-04', to: '2026-03-03', weeks: [], actual: 30, met: false },
    ...over,
  };
}

const POLICY = {
  draft: {
    tips: [
      {
        id: 'acme.sf.qbr',
        where: { app: 'salesforce' },
        title: 'Prep the QBR deck outline',
        why: 'Start the quarterly review from a structured outline.',
        prompt: 'Outline a QBR for {{recordName}}.',
        gap: 'skill',
        minutesSaved: 20,
      },
    ],
  },
  draftUpdatedAt: null,
  published: null,
  publishedAt: null,
  publishedEtag: null,
  version: 0,
};

describe('Use cases', () => {
  it('lists use cases with adoption against the target', async () => {
    const list = [useCase(), useCase({ id: 'uc2', name: 'Ticket replies', target: { kind: 'uses_per_week', value: 150 }, progress: { from: '2026-02-04', to: '2026-03-03', weeks: [], actual: 168, met: true } })];
    const { fetch } = stubServer({ 'GET /admin/api/use-cases': { body: { useCases: list } }, 'GET /admin/api/policy': { body: POLICY } });
    renderWithApi(<UseCases />, apiFor(fetch));
    const first = await screen.findByTestId('uc-uc1');
    const meter = within(first).getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '75');
    expect(meter).toHaveAttribute('aria-valuetext', '30% of 40% target');
    expect(within(first).getByText('Below target')).toBeInTheDocument();
    const second = screen.getByTestId('uc-uc2');
    // Over target: the bar is full, the text keeps the real number.
    expect(within(second).getByRole('meter')).toHaveAttribute('aria-valuenow', '100');
    expect(second).toHaveTextContent('168 uses / week of 150 uses / week target');
    expect(within(second).getByText('On target')).toBeInTheDocument();
  });

  it('validates the form before sending and names every problem', async () => {
    const { fetch, calls } = stubServer({ 'GET /admin/api/use-cases': { body: { useCases: [] } }, 'GET /admin/api/policy': { body: POLICY } });
    renderWithApi(<UseCases />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New use case' }));
    const target = screen.getByLabelText('Target (%)');
    await user.clear(target);
    await user.type(target, '140');
    await user.click(screen.getByRole('button', { name: 'Create use case' }));
    expect(screen.getByText('Give the use case a name')).toBeInTheDocument();
    expect(screen.getByText('Choose an app')).toBeInTheDocument();
    expect(screen.getByText('Pick at least one tip that measures this use case')).toBeInTheDocument();
    expect(screen.getByText('Name an owner (a person or team)')).toBeInTheDocument();
    expect(screen.getByText('Set a target between 1 and 100 %')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('creates a use case from bundled and org tips for the chosen app', async () => {
    const created = useCase({ id: 'uc9', name: 'QBR prep' });
    const { fetch, calls } = stubServer({
      'GET /admin/api/use-cases': { body: { useCases: [] } },
      'GET /admin/api/policy': { body: POLICY },
      'POST /admin/api/use-cases': { status: 201, body: { useCase: created } },
    });
    renderWithApi(<UseCases />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New use case' }));
    await user.type(screen.getByLabelText('Name'), 'QBR prep');
    await user.selectOptions(screen.getByLabelText('App'), 'salesforce');
    const tips = screen.getByRole('group', { name: 'Tips that count towards this use case' });
    // Only Salesforce tips are offered: every bundled one plus the org's own.
    expect(within(tips).getAllByRole('checkbox')).toHaveLength(SF_TIPS.length + 1);
    await user.click(within(tips).getByRole('checkbox', { name: /Prep the QBR deck outline/ }));
    await user.click(within(tips).getByRole('checkbox', { name: new RegExp(localize(SF_TIPS[0]?.title ?? '', 'en')) }));
    await user.type(screen.getByLabelText('Owner'), 'Sales enablement');
    await user.selectOptions(screen.getByLabelText('Target measured as'), 'uses_per_week');
    const target = screen.getByLabelText('Target (uses per week)');
    await user.clear(target);
    await user.type(target, '25');
    await user.click(screen.getByRole('button', { name: 'Create use case' }));
    await screen.findByText('Created “QBR prep”');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      name: 'QBR prep',
      app: 'salesforce',
      tipIds: ['acme.sf.qbr', SF_TIPS[0]?.id],
      owner: 'Sales enablement',
      target: { kind: 'uses_per_week', value: 25 },
    });
    expect(screen.getByTestId('uc-uc9')).toBeInTheDocument();
  });

  it('shows the server’s field error when it refuses a tip', async () => {
    const { fetch } = stubServer({
      'GET /admin/api/use-cases': { body: { useCases: [useCase()] } },
      'GET /admin/api/policy': { body: POLICY },
      'PUT /admin/api/use-cases/uc1': {
        status: 400,
        body: errorBody('unknown_tip', 'unknown tip id', [{ path: 'tipIds', message: 'unknown tip id "gone.tip"' }]),
      },
    });
    renderWithApi(<UseCases />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Opportunity follow-ups' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('unknown tip id "gone.tip"')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('unknown tip id');
  });

  it('deletes only after confirming', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/use-cases': { body: { useCases: [useCase()] } },
      'GET /admin/api/policy': { body: POLICY },
      'DELETE /admin/api/use-cases/uc1': { body: { ok: true } },
    });
    renderWithApi(<UseCases />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Opportunity follow-ups' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Opportunity follow-ups”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete Opportunity follow-ups' }));
    await user.click(screen.getByRole('button', { name: 'Delete use case' }));
    await waitFor(() => expect(screen.queryByTestId('uc-uc1')).toBeNull());
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });
});
