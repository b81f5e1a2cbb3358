import { useState } from 'react';
import type { UseCase, UseCaseInput } from './model';
import { useApi } from './context';
import { useLoad } from './useLoad';
import { UseCaseForm } from './UseCaseForm';
import { tipOptions } from './tips';
import { appLabel } from './apps';
import { Banner, ConfirmDialog, Loading, PageHeader } from './ui';
import { DIcon } from './icons';
import { longDate, num } from './format';
import { ApiError } from './http';

type Editing = { mode: 'new' } | { mode: 'edit'; useCase: UseCase } | null;

/** "12 of 20 uses / week" or "34% of 40% reach"; the ratio drives the bar. */
export function progressOf(uc: UseCase): { ratio: number | null; text: string } {
  const { actual } = uc.progress;
  const t = uc.target;
  const unit = t.kind === 'adoption_pct' ? '%' : ' uses / week';
  if (actual === null) return { ratio: null, text: `Target ${num(t.value)}${unit} · hidden, too few people to show` };
  const a = t.kind === 'adoption_pct' ? num(actual, actual < 10 ? 1 : 0) : num(actual, actual < 10 ? 1 : 0);
  return { ratio: Math.min(1, actual / t.value), text: `${a}${unit} of ${num(t.value)}${unit} target` };
}

export function UseCases() {
  const api = useApi();
  const [state, reload, setList] = useLoad(() => api.listUseCases(), 'use-cases');
  const [policy] = useLoad(() => api.getPolicy(), 'policy');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<UseCase | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'danger'; text: string } | null>(null);
  const list = state.data ?? [];
  const tips = tipOptions(policy.data ? [policy.data.draft, policy.data.published] : []);

  const save = async (input: UseCaseInput): Promise<void> => {
    if (editing?.mode === 'edit') {
      const updated = await api.updateUseCase(editing.useCase.id, input);
      setList(list.map((u) => (u.id === updated.id ? updated : u)));
      setNotice({ tone: 'ok', text: `Saved “${updated.name}”` });
    } else {
      const created = await api.createUseCase(input);
      setList([...list, created]);
      setNotice({ tone: 'ok', text: `Created “${created.name}”` });
    }
    setEditing(null);
  };

  const remove = async (uc: UseCase): Promise<void> => {
    try {
      await api.deleteUseCase(uc.id);
      setList(list.filter((u) => u.id !== uc.id));
      setNotice({ tone: 'ok', text: `Deleted “${uc.name}”` });
    } catch (e) {
      setNotice({ tone: 'danger', text: e instanceof ApiError ? e.message : "Couldn't delete the use case" });
    } finally {
      setDeleting(null);
    }
  };

  return (
    <>
      <PageHeader
        title="Use cases"
        subtitle="The AI moves you want to spread, measured by the tips that teach them."
        actions={
          editing === null && (
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'new' })}>
              <DIcon name="plus" />
              New use case
            </button>
          )
        }
      />
      <div role="status">{notice && <Banner tone={notice.tone} title={notice.text} />}</div>
      {editing && (
        <div style={{ marginBottom: 16 }}>
          <UseCaseForm
            key={editing.mode === 'edit' ? editing.useCase.id : 'new'}
            initial={editing.mode === 'edit' ? editing.useCase : undefined}
            tips={tips}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      {state.status === 'error' && (
        <Banner tone="danger" title="Couldn't load use cases" role="alert">
          <button type="button" className="btn btn-sm btn-secondary" onClick={reload}>
            Try again
          </button>
        </Banner>
      )}
      {state.status === 'loading' && !state.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <div className="card empty">
          <strong>No use cases yet</strong>
          Create one to follow how a specific AI move spreads against a target.
        </div>
      ) : (
        <ul className="uc-list" aria-label="Use cases">
          {list.map((uc) => {
            const p = progressOf(uc);
            return (
              <li key={uc.id} className="card uc" data-testid={`uc-${uc.id}`}>
                <div>
                  <p className="uc-name">{uc.name}</p>
                  <p className="uc-meta">
                    <span>{appLabel(uc.app)}</span>
                    <span>Owner: {uc.owner}</span>
                    <span>
                      {uc.tipIds.length} {uc.tipIds.length === 1 ? 'tip' : 'tips'}
                    </span>
                    <span>
                      {longDate(uc.progress.from)} – {longDate(uc.progress.to)}
                    </span>
                  </p>
                </div>
                <div className="uc-actions">
                  {uc.progress.met !== null && (
                    <span className="pill" data-tone={uc.progress.met ? 'ok' : 'warn'}>
                      <span className="pill-dot" aria-hidden="true" />
                      {uc.progress.met ? 'On target' : 'Below target'}
                    </span>
                  )}
                  <button type="button" className="btn btn-quiet btn-sm" onClick={() => setEditing({ mode: 'edit', useCase: uc })}>
                    <DIcon name="edit" size={14} />
                    Edit<span className="sr"> {uc.name}</span>
                  </button>
                  <button type="button" className="btn btn-quiet btn-sm btn-link-danger" onClick={() => setDeleting(uc)}>
                    <DIcon name="trash" size={14} />
                    Delete<span className="sr"> {uc.name}</span>
                  </button>
                </div>
                <div className="uc-progress">
                  <span
                    className="bar-track"
                    role="meter"
                    aria-label={`${uc.name}: adoption against target`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={p.ratio === null ? undefined : Math.round(p.ratio * 100)}
                    aria-valuetext={p.text}
                    data-suppressed={p.ratio === null || undefined}
                  >
                    {p.ratio !== null && <span className="bar-fill" style={{ width: `${p.ratio * 100}%`, display: 'block' }} />}
                  </span>
                  <span className="bar-val">{p.text}</span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          body="Its target and history view go away. Reports are not affected."
          confirmLabel="Delete use case"
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  );
}
