import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AdminPolicyResponse } from '../../server/api/contract';
import { PolicyEditor } from '../../server/dashboard/src/PolicyEditor';
import { textIn, withTextIn } from '../../server/dashboard/src/policy-draft';
import { apiFor, renderWithApi, stubServer } from './helpers';

const PLAIN_TIP = {
  id: 'acme.sf.recap',
  where: { app: 'salesforce' as const, object: 'Opportunity' },
  title: 'Recap the deal for your manager',
  why: 'Turn the opportunity history into a three-line status in seconds.',
  prompt: 'Write a three-line status of {{recordName}} for my manager.',
  gap: 'skill' as const,
  minutesSaved: 6,
  level: 'first_steps' as const,
  tags: [],
};

const GERMAN_TIP = {
  ...PLAIN_TIP,
  id: 'acme.sf.recap-de',
  title: { en: 'Recap the deal for your manager', de: 'Den Deal für Ihre Führungskraft zusammenfassen' },
};

type DraftTips = NonNullable<AdminPolicyResponse['draft']>['tips'];

function policy(tips: DraftTips): AdminPolicyResponse {
  return {
    draft: { tips },
    draftUpdatedAt: '2026-03-01T09:00:00.000Z',
    published: null,
    publishedAt: null,
    publishedEtag: null,
    version: 0,
  };
}

describe('per-language tip text in the draft', () => {
  it('keeps a plain string plain while English is edited, and goes back to plain when the last translation is cleared', () => {
    expect(withTextIn('Old', 'en', 'New')).toBe('New');
    const de = withTextIn('Recap', 'de', 'Zusammenfassen');
    expect(de).toEqual({ en: 'Recap', de: 'Zusammenfassen' });
    expect(textIn(de, 'de')).toBe('Zusammenfassen');
    expect(textIn('Recap', 'de')).toBe('');
    expect(withTextIn(withTextIn(de, 'fr', 'Résumer'), 'en', 'Recap it')).toEqual({ en: 'Recap it', de: 'Zusammenfassen', fr: 'Résumer' });
    expect(withTextIn(de, 'de', '')).toBe('Recap');
  });
});

describe('Tips editor languages', () => {
  it('shows a per-language tip in English, edits its German text, and saves both', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/policy': { body: policy([GERMAN_TIP]) },
      'PUT /admin/api/policy': { body: policy([GERMAN_TIP]) },
    });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: /Org tips/ }));
    expect(screen.getByText('Recap the deal for your manager')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit tip 1' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Recap the deal for your manager');
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Also in: de');

    await user.selectOptions(screen.getByLabelText('Text language'), 'de');
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('Den Deal für Ihre Führungskraft zusammenfassen');
    // Not translated: empty, with the English text it falls back to as the placeholder.
    expect(screen.getByLabelText('Why AI fits')).toHaveValue('');
    expect(screen.getByLabelText('Why AI fits')).toHaveAttribute('placeholder', PLAIN_TIP.why);

    await user.clear(title);
    await user.type(title, 'Den Deal zusammenfassen');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      tips: [{ title: { en: 'Recap the deal for your manager', de: 'Den Deal zusammenfassen' }, why: PLAIN_TIP.why }],
    });
  });

  it('still edits a plain-string tip as a plain string', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/policy': { body: policy([PLAIN_TIP]) },
      'PUT /admin/api/policy': { body: policy([PLAIN_TIP]) },
    });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: /Org tips/ }));
    await user.click(screen.getByRole('button', { name: 'Edit tip 1' }));
    await user.type(screen.getByLabelText('Title'), ' now');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ tips: [{ title: 'Recap the deal for your manager now' }] });
  });
});
