import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../server/dashboard/src/App';
import { ME, SESSION, apiFor, errorBody, stubServer } from './helpers';

const signedOut = { status: 401, body: errorBody('unauthorized', 'Sign in first') };

async function fill(email: string, password: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Work email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign in', () => {
  it('says the credentials are wrong without saying which, and clears the password', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/me': signedOut,
      'POST /admin/api/session': { status: 401, body: errorBody('invalid_credentials', 'Wrong email or password') },
    });
    render(<App api={apiFor(fetch)} />);
    await fill('admin@acme.test', 'nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ email: 'admin@acme.test', password: 'nope' });
    expect(post?.credentials).toBe('same-origin');
  });

  it('explains the rate limit with the wait from Retry-After', async () => {
    const { fetch } = stubServer({
      'GET /admin/api/me': signedOut,
      'POST /admin/api/session': {
        status: 429,
        headers: { 'retry-after': '120' },
        body: errorBody('rate_limited', 'Too many attempts'),
      },
    });
    render(<App api={apiFor(fetch)} />);
    await fill('admin@acme.test', 'secret');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Try again in 2 minutes');
  });

  it('checks the fields before calling the server', async () => {
    const { fetch, calls } = stubServer({ 'GET /admin/api/me': signedOut });
    render(<App api={apiFor(fetch)} />);
    await fill('not-an-email', '');
    expect(screen.getByText('Enter your work email, like name@company.com')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Work email')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('signs in, keeps the CSRF token out of storage and sends it on state-changing requests', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/me': signedOut,
      'POST /admin/api/session': { status: 201, body: SESSION },
      'GET /admin/api/kpis': { status: 500, body: errorBody('internal', 'boom') },
      'DELETE /admin/api/session': { body: { ok: true } },
    });
    render(<App api={apiFor(fetch)} today="2026-03-04" />);
    await fill('admin@acme.test', 'correct horse');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByText(ME.email)).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    const del = calls.find((c) => c.method === 'DELETE');
    expect(del?.headers['x-csrf-token']).toBe('csrf-123');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    // The sign-in itself carries no token (there is none yet); GETs never do.
    expect(calls.filter((c) => c.method === 'GET').every((c) => c.headers['x-csrf-token'] === undefined)).toBe(true);
  });

  it('falls back to the readable lm_csrf cookie after a reload', async () => {
    const { fetch, calls } = stubServer({
      'GET /admin/api/me': { status: 401, body: errorBody('unauthorized', 'x') },
      'DELETE /admin/api/session': { body: { ok: true } },
    });
    const api = apiFor(fetch, 'theme=dark; lm_csrf=from%20cookie');
    await api.signOut();
    expect(calls[0]?.headers['x-csrf-token']).toBe('from cookie');
  });
});
