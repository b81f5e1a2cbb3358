import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AdminPolicyResponse } from '../../server/api/contract';
import { PolicyEditor } from '../../server/dashboard/src/PolicyEditor';
import { apiFor, errorBody, renderWithApi, stubServer } from './helpers';

const TIP = {
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

function policy(over: Partial<AdminPolicyResponse> = {}): AdminPolicyResponse {
  return {
    draft: {
      notes: [{ id: 'sf-no-pii', app: 'salesforce', level: 'caution', text: 'Remove customer personal data first.' }],
      tips: [TIP],
    },
    draftUpdatedAt: '2026-03-01T09:00:00.000Z',
    published: null,
    publishedAt: null,
    publishedEtag: null,
    version: 0,
    ...over,
  };
}

/** The preview lives in a shadow root (like the extension's card), out of reach of screen queries. */
async function previewText(): Promise<string> {
  const host = await screen.findByTestId('card-preview');
  await waitFor(() => expect(host.shadowRoot?.querySelector('.lm-card')).toBeTruthy());
  return host.shadowRoot?.textContent ?? '';
}

describe('Policy editor', () => {
  it('previews the card with the note and the tip title, placeholders filled', async () => {
    const { fetch } = stubServer({ 'GET /admin/api/policy': { body: policy() } });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const text = await previewText();
    expect(text).toContain('Remove customer personal data first.');
    expect(text).toContain('Recap the deal for your manager');
    const host = screen.getByTestId('card-preview');
    const prompt = host.shadowRoot?.querySelector('textarea');
    expect(prompt?.value).toBe('Write a three-line status of Acme Corp renewal for my manager.');
    // The preview is a picture: nothing in it can take focus away from the editor.
    expect(host).toHaveAttribute('inert');
  });

  it('updates the preview as a note is edited, and shows text as text', async () => {
    const { fetch } = stubServer({ 'GET /admin/api/policy': { body: policy() } });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit note 1' }));
    const text = screen.getByLabelText('Note text');
    await user.clear(text);
    await user.type(text, 'Never paste <b>contracts</b>');
    const host = screen.getByTestId('card-preview');
    await waitFor(() => expect(host.shadowRoot?.textContent).toContain('Never paste <b>contracts</b>'));
    expect(host.shadowRoot?.querySelector('b:not(.pv-note > b)')).toBeNull();
    // The shared schema refuses markup, right under the field.
    expect(screen.getByText('must be plain text: HTML is shown as typed, never rendered')).toBeInTheDocument();
  });

  it('shows per-field errors from the shared schema and blocks publishing', async () => {
    const { fetch } = stubServer({ 'GET /admin/api/policy': { body: policy() } });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit note 1' }));
    await user.type(screen.getByLabelText('Policy link (optional, https)'), 'http://intranet.example.com/ai');
    const link = screen.getByLabelText('Policy link (optional, https)');
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveAccessibleDescription('must be an https:// URL');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    expect(screen.getByText('1 problem to fix before publishing')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Note 1 › link' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /Org tips/ }));
    await user.click(screen.getByRole('button', { name: 'Edit tip 1' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Hi');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('2 problems to fix before publishing')).toBeInTheDocument();
  });

  it('shows the server’s per-part errors when it refuses the draft', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/policy': { body: policy() },
      'PUT /admin/api/policy': {
        status: 400,
        body: errorBody('invalid_policy', 'policy is invalid', [{ path: 'notes.0.text', message: 'contains a blocked word' }]),
      },
    });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit note 1' }));
    await user.type(screen.getByLabelText('Note text'), ' Thanks.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('contains a blocked word')).toBeInTheDocument();
    expect(screen.getByLabelText('Note text')).toHaveAccessibleDescription(expect.stringContaining('contains a blocked word'));
    expect(screen.getByText('Not saved: policy is invalid')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ notes: [{ text: 'Remove customer personal data first. Thanks.' }] });
  });

  it('adds a note and publishes after confirmation, saving the draft first', async () => {
    let saved: unknown;
    const { fetch, calls } = stubServer({
      'GET /admin/api/policy': { body: policy() },
      'PUT /admin/api/policy': (c) => {
        saved = c.body;
        return { body: policy({ draft: c.body as AdminPolicyResponse['draft'] }) };
      },
      'POST /admin/api/policy/publish': () => ({
        body: policy({ published: saved as AdminPolicyResponse['published'], publishedAt: '2026-03-04T10:00:00.000Z', version: 1 }),
      }),
    });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add note' }));
    await user.selectOptions(screen.getByLabelText('App'), 'gmail');
    await user.selectOptions(screen.getByLabelText('Level'), 'blocked');
    await user.type(screen.getByLabelText('Note text'), 'No AI on customer contracts.');
    await user.type(screen.getByLabelText('Policy link (optional, https)'), 'https://intranet.example.com/ai');
    // The preview follows the selected note's app.
    await waitFor(() => expect(screen.getByTestId('card-preview').shadowRoot?.textContent).toContain('No AI on customer contracts.'));
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Publish version 1?' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/Published version 1/)).toBeInTheDocument();
    const methods = calls.map((c) => `${c.method} ${c.path}`);
    expect(methods.indexOf('PUT /admin/api/policy')).toBeLessThan(methods.indexOf('POST /admin/api/policy/publish'));
    expect(saved).toMatchObject({
      notes: [{ id: 'sf-no-pii' }, { id: 'note-2', app: 'gmail', level: 'blocked', text: 'No AI on customer contracts.', link: 'https://intranet.example.com/ai' }],
    });
  });

  it('edits the raw JSON and validates it like the form', async () => {
    const { fetch } = stubServer({ 'GET /admin/api/policy': { body: policy() } });
    renderWithApi(<PolicyEditor />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'JSON' }));
    const box = screen.getByLabelText('Policy JSON');
    expect((box as HTMLTextAreaElement).value).toContain('"sf-no-pii"');
    await user.clear(box);
    await user.click(box);
    await user.paste('{"caps": {"tipsPerDay": 99}}');
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByText('1 problem to fix before publishing')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Redaction/ }));
    expect(screen.getByLabelText('Tips per day')).toHaveAttribute('aria-invalid', 'true');
  });
});
