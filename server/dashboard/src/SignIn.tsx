import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from './http';
import { Banner, Field } from './ui';
import { DIcon } from './icons';

export interface SignInProps {
  onSignIn(email: string, password: string): Promise<void>;
  /** The previous session ended (expired or signed out elsewhere). */
  expired?: boolean;
}

/** Names the problem without saying which of email/password was wrong (no account enumeration). */
function describe(e: unknown): { title: string; detail?: string } {
  if (e instanceof ApiError) {
    if (e.status === 429) {
      const wait = e.retryAfter ? ` Try again in ${e.retryAfter < 90 ? `${e.retryAfter} seconds` : `${Math.ceil(e.retryAfter / 60)} minutes`}.` : ' Try again in a few minutes.';
      return { title: 'Too many sign-in attempts', detail: `For your security, sign-in is paused.${wait}` };
    }
    if (e.status === 401 || e.code === 'invalid_credentials') return { title: 'Email or password is incorrect', detail: 'Check both and try again.' };
    if (e.status === 400) return { title: 'Check the form', detail: e.message };
    return { title: "Couldn't sign in", detail: e.message };
  }
  return { title: "Couldn't sign in", detail: 'Something went wrong. Try again.' };
}

export function SignIn({ onSignIn, expired = false }: SignInProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ title: string; detail?: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => emailRef.current?.focus(), []);

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const fe: { email?: string; password?: string } = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) fe.email = 'Enter your work email, like name@company.com';
    if (!password) fe.password = 'Enter your password';
    setFieldErrors(fe);
    if (fe.email || fe.password) return;
    setBusy(true);
    setError(null);
    try {
      await onSignIn(email.trim(), password);
    } catch (err) {
      setError(describe(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <div className="signin-card">
        <div className="brand">
          <span className="brand-mark">
            <DIcon name="sparkle" size={18} />
          </span>
          <span>
            Lastmile<small>Admin console</small>
          </span>
        </div>
        <h1>Sign in</h1>
        <p className="page-sub">See how your teams are adopting AI — without ever seeing who.</p>
        {expired && !error && <Banner tone="info" title="Your session ended. Sign in again to continue." role="status" />}
        {error && (
          <Banner tone="danger" title={error.title} role="alert">
            {error.detail}
          </Banner>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
          <Field label="Work email" errors={fieldErrors.email ? [fieldErrors.email] : []}>
            {({ id, describedBy, invalid }) => (
              <input
                ref={emailRef}
                id={id}
                className="input"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                required
              />
            )}
          </Field>
          <Field label="Password" errors={fieldErrors.password ? [fieldErrors.password] : []}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className="input"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                required
              />
            )}
          </Field>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="signin-foot">
          <DIcon name="lock" size={14} />
          <span>Reports are anonymous and groups smaller than the privacy threshold are never shown.</span>
        </p>
      </div>
    </main>
  );
}
