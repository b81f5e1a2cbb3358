import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Token } from './model';
import { useApi } from './context';
import { useLoad } from './useLoad';
import { Banner, ConfirmDialog, Field, Loading, PageHeader } from './ui';
import { DIcon } from './icons';
import { longDate } from './format';
import { ApiError } from './http';

export interface TokensProps {
  /** Clipboard write; injected so tests don't depend on the browser's permission model. */
  copy?: (text: string) => Promise<void>;
}

const defaultCopy = (text: string): Promise<void> => navigator.clipboard.writeText(text);

/**
 * Enrollment tokens: the secret the extension's policy carries to join this backend. The server keeps only
 * a hash, so the secret is shown once, right after creation, and gone when the panel is dismissed.
 */
export function Tokens({ copy = defaultCopy }: TokensProps) {
  const api = useApi();
  const [state, reload, setList] = useLoad(() => api.listTokens(), 'tokens');
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ token: Token; secret: string } | null>(null);
  const [copied, setCopied] = useState<'ok' | 'fail' | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [error, setError] = useState<string | null>(null);
  const secretRef = useRef<HTMLElement>(null);
  const list = state.data ?? [];

  const create = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (!label.trim()) {
      setLabelError('Name the token after where it is deployed, e.g. “Sales laptops”');
      return;
    }
    setLabelError(null);
    setBusy(true);
    setError(null);
    try {
      const res = await api.createToken(label.trim());
      setCreated(res);
      setCopied(null);
      setList([res.token, ...list]);
      setLabel('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "Couldn't create the token");
    } finally {
      setBusy(false);
    }
  };

  const doCopy = async (secret: string): Promise<void> => {
    try {
      await copy(secret);
      setCopied('ok');
    } catch {
      setCopied('fail');
    }
  };

  const revoke = async (t: Token): Promise<void> => {
    try {
      const updated = await api.revokeToken(t.id);
      setList(list.map((x) => (x.id === updated.id ? updated : x)));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "Couldn't revoke the token");
    } finally {
      setRevoking(null);
    }
  };

  return (
    <>
      <PageHeader
        title="Enrollment tokens"
        subtitle="Put a token in the extension's managed policy (sync.enrollmentToken) so browsers can send anonymous reports."
      />
      {error && (
        <Banner tone="danger" title={error} role="alert" />
      )}
      {created && (
        <section className="banner" data-tone="warn" aria-labelledby="secret-h" data-testid="secret-panel">
          <DIcon name="alert" size={18} />
          <div style={{ flex: 1, minWidth: 0 }}>
            <h2 id="secret-h" className="banner-title">
              Copy the secret for “{created.token.label}” now — it won't be shown again
            </h2>
            <p className="banner-body">Only a hash is stored. If you lose it, revoke this token and create a new one.</p>
            <div className="secret">
              <code ref={secretRef} className="mono" data-testid="secret">
                {created.secret}
              </code>
              <button type="button" className="btn btn-secondary" onClick={() => void doCopy(created.secret)}>
                <DIcon name={copied === 'ok' ? 'check' : 'copy'} />
                {copied === 'ok' ? 'Copied' : 'Copy'}
              </button>
              <button type="button" className="btn btn-quiet" onClick={() => setCreated(null)}>
                Done
              </button>
            </div>
            <p role="status" className="field-hint" style={{ marginTop: 6 }}>
              {copied === 'ok' ? 'Secret copied to the clipboard.' : copied === 'fail' ? "Couldn't copy — select the secret and press Ctrl+C." : ''}
            </p>
          </div>
        </section>
      )}
      <div className="stack">
        <form className="card" onSubmit={(e) => void create(e)} noValidate aria-labelledby="new-token-h">
          <div className="card-head">
            <h2 id="new-token-h" className="h2">
              New token
            </h2>
          </div>
          <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <div style={{ flex: '1 1 280px' }}>
              <Field label="Label" hint="Where it will be deployed" errors={labelError ? [labelError] : []}>
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    className="input"
                    value={label}
                    maxLength={100}
                    onChange={(e) => setLabel(e.target.value)}
                    aria-describedby={describedBy}
                    aria-invalid={invalid || undefined}
                    placeholder="Sales laptops (EMEA)"
                  />
                )}
              </Field>
            </div>
            <button type="submit" className="btn btn-primary" disabled={busy} style={{ marginTop: 23 }}>
              <DIcon name="plus" />
              {busy ? 'Creating…' : 'Create token'}
            </button>
          </div>
        </form>

        <section className="card" aria-labelledby="tokens-h">
          <div className="card-head">
            <h2 id="tokens-h" className="h2">
              Tokens
            </h2>
            <span className="card-sub">{list.filter((t) => !t.revokedAt).length} active</span>
          </div>
          {state.status === 'error' && (
            <Banner tone="danger" title="Couldn't load tokens" role="alert">
              <button type="button" className="btn btn-sm btn-secondary" onClick={reload}>
                Try again
              </button>
            </Banner>
          )}
          {state.status === 'loading' && !state.data ? (
            <Loading />
          ) : list.length === 0 ? (
            <p className="empty">No tokens yet. Create one above to start receiving reports.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Label</th>
                    <th scope="col">Created</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="sr">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">{t.label}</th>
                      <td>{longDate(t.createdAt)}</td>
                      <td>
                        {t.revokedAt ? (
                          <span className="pill" data-tone="muted">
                            Revoked {longDate(t.revokedAt)}
                          </span>
                        ) : (
                          <span className="pill" data-tone="ok">
                            <span className="pill-dot" aria-hidden="true" />
                            Active
                          </span>
                        )}
                      </td>
                      <td style={{ textAlign: 'right' }}>
                        {!t.revokedAt && (
                          <button type="button" className="btn btn-quiet btn-sm btn-link-danger" onClick={() => setRevoking(t)}>
                            Revoke<span className="sr"> {t.label}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
      {revoking && (
        <ConfirmDialog
          title={`Revoke “${revoking.label}”?`}
          body="Browsers using this token stop sending reports until their policy gets a new one. This can't be undone."
          confirmLabel="Revoke token"
          danger
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
    </>
  );
}
