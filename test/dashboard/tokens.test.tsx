import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Tokens } from '../../server/dashboard/src/Tokens';
import { Settings } from '../../server/dashboard/src/Settings';
import { apiFor, errorBody, renderWithApi, stubServer } from './helpers';

const OLD = { id: 't1', label: 'Pilot group', createdAt: '2026-02-01T08:00:00.000Z', revokedAt: null };
const NEW = { id: 't2', label: 'Sales laptops', createdAt: '2026-03-04T08:00:00.000Z', revokedAt: null };
const SECRET = 'lme_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

describe('Enrollment tokens', () => {
  it('shows a new token’s secret once, with a copy button and a warning', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/tokens': { body: { tokens: [OLD] } },
      'POST /admin/api/tokens': { status: 201, body: { token: NEW, secret: SECRET } },
    });
    const copy = vi.fn(async () => undefined);
    renderWithApi(<Tokens copy={copy} />, apiFor(fetch));
    const user = userEvent.setup();
    await screen.findByRole('rowheader', { name: 'Pilot group' });
    await user.type(screen.getByLabelText('Label'), 'Sales laptops');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const panel = await screen.findByTestId('secret-panel');
    expect(within(panel).getByTestId('secret')).toHaveTextContent(SECRET);
    expect(panel).toHaveTextContent('it won\'t be shown again');
    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(copy).toHaveBeenCalledWith(SECRET);
    expect(await within(panel).findByText('Secret copied to the clipboard.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ label: 'Sales laptops' });
    // The list shows the new token, never its secret.
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Sales laptops' })).toBeInTheDocument();
    expect(table).not.toHaveTextContent(SECRET);
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('secret-panel')).toBeNull();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('asks for a label before creating', async () => {
    const { fetch, calls } = stubServer({ 'GET /admin/api/tokens': { body: { tokens: [] } } });
    renderWithApi(<Tokens />, apiFor(fetch));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Create token' }));
    expect(screen.getByLabelText('Label')).toHaveAccessibleDescription(expect.stringContaining('Name the token'));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('revokes a token after confirming', async () => {
    const { fetch } = stubServer({
      'GET /admin/api/tokens': { body: { tokens: [OLD] } },
      'DELETE /admin/api/tokens/t1': { body: { token: { ...OLD, revokedAt: '2026-03-04T09:00:00.000Z' } } },
    });
    renderWithApi(<Tokens />, apiFor(fetch));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke Pilot group' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('Revoked Mar 4, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke Pilot group' })).toBeNull();
  });
});

describe('Settings', () => {
  it('keeps k at or above the floor and saves it', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/settings': { body: { kAnonymity: 5, kFloor: 5 } },
      'PUT /admin/api/settings': (c) => ({ body: { kAnonymity: (c.body as { kAnonymity: number }).kAnonymity, kFloor: 5 } }),
    });
    renderWithApi(<Settings />, apiFor(fetch));
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Minimum group size (k)');
    await user.clear(input);
    await user.type(input, '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 5 to 1000'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await user.clear(input);
    await user.type(input, '8');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. Groups under 8 people are now hidden.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ kAnonymity: 8 });
  });

  it('shows the server’s reason when it refuses', async () => {
    const { fetch } = stubServer({
      'GET /admin/api/settings': { body: { kAnonymity: 10, kFloor: 10 } },
      'PUT /admin/api/settings': { status: 400, body: errorBody('invalid_body', 'bad', [{ path: 'kAnonymity', message: 'kAnonymity must be at least 10 on this server' }]) },
    });
    renderWithApi(<Settings />, apiFor(fetch));
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Minimum group size (k)');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('At least 10'));
    await user.clear(input);
    await user.type(input, '12');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('must be at least 10 on this server')));
  });
});
