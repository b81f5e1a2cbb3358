import { useMemo, useState } from 'react';
import { BUNDLED_TIPS } from '../../../lib/playbook/bundled';
import { notesFor } from '../../../lib/policy/notes';
import { AiToolSchema } from '../../../lib/policy/tools';
import type { AiTool } from '../../../lib/policy/tools';
import type { Note } from '../../../lib/policy/schema';
import type { AppId } from '../../../lib/sites/types';
import { useApi } from './context';
import { useLoad } from './useLoad';
import { ApiError } from './http';
import type { FieldIssue } from './http';
import { Banner, ConfirmDialog, Field, Loading, PageHeader, messagesFor } from './ui';
import { DIcon } from './icons';
import { CardPreview } from './CardPreview';
import type { PreviewTip } from './CardPreview';
import { NotesEditor } from './NotesEditor';
import { TipsEditor } from './TipsEditor';
import { ToolsEditor } from './ToolsEditor';
import { GuardrailsEditor } from './GuardrailsEditor';
import { APPS, appLabel } from './apps';
import { editableText, emptyDraft, firstOf, issuesUnder, validatePolicy } from './policy-draft';
import type { Draft } from './policy-draft';
import { longDate } from './format';

type Tab = 'notes' | 'tips' | 'tools' | 'guardrails' | 'general' | 'json';
const TABS: readonly { id: Tab; label: string; prefix: readonly string[] }[] = [
  { id: 'notes', label: 'Notes', prefix: ['notes'] },
  { id: 'tips', label: 'Org tips', prefix: ['tips'] },
  { id: 'tools', label: 'AI tools', prefix: ['approvedTools', 'preferredTool'] },
  { id: 'guardrails', label: 'Redaction & caps', prefix: ['redact', 'caps'] },
  { id: 'general', label: 'General', prefix: ['orgName', 'disabledApps', 'disabledTips', 'schemaVersion', 'sync'] },
  { id: 'json', label: 'JSON', prefix: [] },
];

type Selection = { kind: 'note' | 'tip'; index: number } | null;

const SAMPLE_TIP: PreviewTip = {
  id: 'sample',
  title: 'Summarize this record before your call',
  why: 'Get the key facts and open questions in ten seconds instead of scrolling the history.',
  prompt: 'Summarize {{recordName}} ({{objectLabel}} in {{appLabel}}) in five bullets for a call.',
  gap: 'clarity',
  minutesSaved: 5,
  level: 'first_steps',
};

function tabOf(path: string): Tab {
  const head = path.split('.')[0] ?? '';
  return TABS.find((t) => t.prefix.includes(head))?.id ?? 'general';
}

/** "notes.0.link" → "Note 1 › link". */
function describePath(path: string): string {
  const [head, idx, ...rest] = path.split('.');
  const names: Record<string, string> = { notes: 'Note', tips: 'Tip', approvedTools: 'Tool' };
  if (head && names[head] && idx !== undefined && /^\d+$/.test(idx)) {
    return [`${names[head]} ${Number(idx) + 1}`, ...rest].join(' › ');
  }
  return path || 'Policy';
}

/** What the preview shows: the selected tip (or one for the selected note's page) and the notes for that page. */
export function previewFor(draft: Draft, sel: Selection): { app: AppId; objectLabel?: string; tip: PreviewTip; notes: Note[] } {
  const tips = draft.tips ?? [];
  const notes = draft.notes ?? [];
  const selTip = sel?.kind === 'tip' ? tips[sel.index] : undefined;
  const selNote = sel?.kind === 'note' ? notes[sel.index] : undefined;
  const where = selTip?.where ?? selNote ?? tips[0]?.where ?? notes[0] ?? { app: 'salesforce' as const };
  const app = where.app;
  const objectLabel = firstOf(where.object);
  const ctx = { app, page: firstOf(where.page) ?? 'record', object: objectLabel };
  const orgTip = selTip ?? tips.find((t) => t.where.app === app);
  const bundled = BUNDLED_TIPS.find((t) => t.where.app === app);
  const src = orgTip ?? bundled;
  const tip: PreviewTip = src
    ? {
        id: src.id,
        // The dashboard is in English: per-language tips preview their English text.
        title: editableText(src.title),
        why: editableText(src.why),
        prompt: editableText(src.prompt),
        gap: src.gap,
        minutesSaved: src.minutesSaved,
        level: src.level ?? 'first_steps',
      }
    : SAMPLE_TIP;
  // Notes are shown as typed (text only) even while invalid, so the author sees what they write.
  const shown = notesFor(ctx, notes.filter((n) => typeof n.text === 'string' && n.text.trim() !== ''));
  return { app, objectLabel, tip, notes: shown };
}

export function PolicyEditor() {
  const api = useApi();
  const [state, reload, setState] = useLoad(() => api.getPolicy(), 'policy');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<Tab>('notes');
  const [sel, setSel] = useState<Selection>(null);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'danger'; text: string } | null>(null);
  const [jsonText, setJsonText] = useState<string | null>(null);
  const [jsonError, setJsonError] = useState<string | null>(null);

  // Start from the stored draft, else from what is published, else empty (once, when the policy arrives).
  if (draft === null && state.data) setDraft(state.data.draft ?? state.data.published ?? emptyDraft());

  const clientIssues = useMemo(() => (draft ? validatePolicy(draft) : []), [draft]);
  const issues = useMemo(() => {
    const seen = new Set(clientIssues.map((i) => `${i.path}\u0000${i.message}`));
    return [...clientIssues, ...serverIssues.filter((i) => !seen.has(`${i.path}\u0000${i.message}`))];
  }, [clientIssues, serverIssues]);

  if (!draft) {
    return (
      <>
        <PageHeader title="Policy" />
        {state.status === 'error' ? (
          <Banner tone="danger" title="Couldn't load the policy" role="alert">
            <button type="button" className="btn btn-sm btn-secondary" onClick={reload}>
              Try again
            </button>
          </Banner>
        ) : (
          <Loading label="Loading policy…" />
        )}
      </>
    );
  }

  const update = (next: Draft): void => {
    setDraft(next);
    setDirty(true);
    setServerIssues([]);
    setNotice(null);
  };

  const save = async (): Promise<boolean> => {
    setBusy('save');
    setNotice(null);
    try {
      const res = await api.savePolicy(draft);
      setState(res);
      setDirty(false);
      setServerIssues([]);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) setServerIssues([...e.issues]);
      setNotice({ tone: 'danger', text: e instanceof ApiError ? `Not saved: ${e.message}` : 'Not saved' });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const publish = async (): Promise<void> => {
    setConfirming(false);
    // The server publishes the stored draft: store this one first if it changed or was never saved.
    if ((dirty || !state.data?.draft) && !(await save())) return;
    setBusy('publish');
    try {
      const res = await api.publishPolicy();
      setState(res);
      setNotice({ tone: 'ok', text: `Published version ${res.version}. Browsers pick it up on their next policy check.` });
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) setServerIssues([...e.issues]);
      setNotice({ tone: 'danger', text: e instanceof ApiError ? `Not published: ${e.message}` : 'Not published' });
    } finally {
      setBusy(null);
    }
  };

  const jumpTo = (path: string): void => {
    const t = tabOf(path);
    setTab(t);
    const [head, idx] = path.split('.');
    if ((head === 'notes' || head === 'tips') && idx !== undefined && /^\d+$/.test(idx)) {
      setSel({ kind: head === 'notes' ? 'note' : 'tip', index: Number(idx) });
    }
  };

  const preview = previewFor(draft, sel);
  const tools: AiTool[] = (draft.approvedTools ?? []).flatMap((t) => {
    const r = AiToolSchema.safeParse(t);
    return r.success ? [r.data] : [];
  });
  const meta = state.data;
  const shownJson = jsonText ?? JSON.stringify(draft, null, 2);

  return (
    <>
      <PageHeader
        title="Policy"
        subtitle="What employees see beside the tips: your notes, your tips, the tools they may use and what gets redacted."
        actions={
          <>
            <button type="button" className="btn btn-secondary" disabled={!dirty || busy !== null} onClick={() => void save()}>
              {busy === 'save' ? 'Saving…' : 'Save draft'}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy !== null || clientIssues.length > 0}
              aria-describedby={clientIssues.length ? 'publish-blocked' : undefined}
              onClick={() => setConfirming(true)}
            >
              {busy === 'publish' ? 'Publishing…' : 'Publish'}
            </button>
          </>
        }
      />
      <p className="status-line" style={{ marginTop: -12, marginBottom: 14 }}>
        {dirty ? (
          <span className="pill" data-tone="warn">
            Unsaved changes
          </span>
        ) : (
          <span className="pill" data-tone="muted">
            Draft saved{meta?.draftUpdatedAt ? ` ${longDate(meta.draftUpdatedAt)}` : ''}
          </span>
        )}
        {meta?.publishedAt ? (
          <span className="pill" data-tone="ok">
            <span className="pill-dot" aria-hidden="true" />
            Version {meta.version} published {longDate(meta.publishedAt)}
          </span>
        ) : (
          <span className="pill">Never published</span>
        )}
      </p>
      <div role="status">{notice && <Banner tone={notice.tone} title={notice.text} />}</div>
      {issues.length > 0 && (
        <Banner tone="danger" title={`${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} to fix before publishing`}>
          <p id="publish-blocked" className="sr">
            Publishing is disabled until the policy is valid.
          </p>
          <ul>
            {issues.slice(0, 6).map((i, n) => (
              <li key={n}>
                <button type="button" className="btn-linkish" onClick={() => jumpTo(i.path)}>
                  {describePath(i.path)}
                </button>
                : {i.message}
              </li>
            ))}
            {issues.length > 6 && <li>…and {issues.length - 6} more</li>}
          </ul>
        </Banner>
      )}

      <div className="policy-layout">
        <div className="card">
          <div className="tabs" role="tablist" aria-label="Policy sections">
            {TABS.map((t) => {
              const count = t.prefix.reduce((n, p) => n + issuesUnder(issues, p).length, 0);
              const size = t.id === 'notes' ? (draft.notes?.length ?? 0) : t.id === 'tips' ? (draft.tips?.length ?? 0) : null;
              return (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  id={`tab-${t.id}`}
                  aria-selected={tab === t.id}
                  aria-controls={`panel-${t.id}`}
                  tabIndex={tab === t.id ? 0 : -1}
                  className="tab"
                  onClick={() => setTab(t.id)}
                  onKeyDown={(e) => {
                    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                    const i = TABS.findIndex((x) => x.id === tab);
                    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                    if (next) {
                      setTab(next.id);
                      document.getElementById(`tab-${next.id}`)?.focus();
                    }
                  }}
                >
                  {t.label}
                  {size !== null && <span className="count">{size}</span>}
                  {count > 0 && (
                    <span className="count" style={{ color: 'var(--danger)' }}>
                      {count}
                      <span className="sr"> {count === 1 ? 'problem' : 'problems'}</span>
                    </span>
                  )}
                </button>
              );
            })}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'notes' && (
              <NotesEditor
                items={draft.notes ?? []}
                issues={issues}
                selected={sel?.kind === 'note' ? sel.index : null}
                onSelect={(i) => setSel(i === null ? null : { kind: 'note', index: i })}
                onChange={(notes) => update({ ...draft, notes })}
              />
            )}
            {tab === 'tips' && (
              <TipsEditor
                items={draft.tips ?? []}
                issues={issues}
                selected={sel?.kind === 'tip' ? sel.index : null}
                onSelect={(i) => setSel(i === null ? null : { kind: 'tip', index: i })}
                onChange={(tips) => update({ ...draft, tips })}
              />
            )}
            {tab === 'tools' && (
              <ToolsEditor
                tools={draft.approvedTools}
                preferred={draft.preferredTool}
                issues={issues}
                onChange={(approvedTools, preferredTool) => update({ ...draft, approvedTools, preferredTool })}
              />
            )}
            {tab === 'guardrails' && (
              <GuardrailsEditor
                redact={draft.redact}
                caps={draft.caps}
                issues={issues}
                onChange={(redact, caps) => update({ ...draft, redact, caps })}
              />
            )}
            {tab === 'general' && (
              <div className="stack">
                <Field label="Organisation name" hint="Shown with the notes (“Acme Bank policy”)" errors={messagesFor(issues, 'orgName')}>
                  {({ id, describedBy, invalid }) => (
                    <input
                      id={id}
                      className="input"
                      style={{ maxWidth: 420 }}
                      value={draft.orgName ?? ''}
                      aria-describedby={describedBy}
                      aria-invalid={invalid || undefined}
                      onChange={(e) => update({ ...draft, orgName: e.target.value || undefined })}
                    />
                  )}
                </Field>
                <fieldset className="field">
                  <legend className="field-label">Apps where Lastmile shows nothing</legend>
                  <div className="checks" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', maxHeight: 'none' }}>
                    {APPS.map((a) => {
                      const off = draft.disabledApps?.includes(a) ?? false;
                      return (
                        <label key={a}>
                          <input
                            type="checkbox"
                            checked={off}
                            onChange={(e) => {
                              const rest = (draft.disabledApps ?? []).filter((x) => x !== a);
                              const next = e.target.checked ? [...rest, a] : rest;
                              update({ ...draft, disabledApps: next.length ? next : undefined });
                            }}
                          />
                          {appLabel(a)}
                        </label>
                      );
                    })}
                  </div>
                </fieldset>
              </div>
            )}
            {tab === 'json' && (
              <div className="stack">
                <Field
                  label="Policy JSON"
                  hint="The exact document browsers receive. Edit and apply, or copy it into a managed-storage policy."
                  errors={jsonError ? [jsonError] : []}
                >
                  {({ id, describedBy, invalid }) => (
                    <textarea
                      id={id}
                      className="textarea mono json"
                      rows={20}
                      spellCheck={false}
                      value={shownJson}
                      aria-describedby={describedBy}
                      aria-invalid={invalid || undefined}
                      onChange={(e) => setJsonText(e.target.value)}
                    />
                  )}
                </Field>
                <div style={{ display: 'flex', gap: 8 }}>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    disabled={jsonText === null}
                    onClick={() => {
                      try {
                        const parsed: unknown = JSON.parse(shownJson);
                        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('the policy must be a JSON object');
                        // Schema problems are shown field by field; only syntax blocks applying.
                        update(parsed as Draft);
                        setJsonText(null);
                        setJsonError(null);
                      } catch (e) {
                        setJsonError(`Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
                      }
                    }}
                  >
                    Apply JSON
                  </button>
                  {jsonText !== null && (
                    <button type="button" className="btn btn-quiet" onClick={() => { setJsonText(null); setJsonError(null); }}>
                      Discard edits
                    </button>
                  )}
                </div>
              </div>
            )}
          </div>
        </div>

        <aside className="policy-aside" aria-labelledby="preview-h">
          <div className="card">
            <div className="card-head">
              <h2 id="preview-h" className="h2">
                Live preview
              </h2>
              <span className="card-sub">
                {appLabel(preview.app)}
                {preview.objectLabel ? ` · ${preview.objectLabel}` : ''}
              </span>
            </div>
            <div className="preview-frame">
              <CardPreview app={preview.app} objectLabel={preview.objectLabel} tip={preview.tip} notes={preview.notes} tools={tools} />
            </div>
            <p className="preview-note">
              <DIcon name="info" size={14} /> Placeholders are filled with sample values. Select a note or tip to preview it.
            </p>
          </div>
        </aside>
      </div>

      {confirming && (
        <ConfirmDialog
          title={`Publish version ${(meta?.version ?? 0) + 1}?`}
          body={
            <>
              Every enrolled browser gets this policy on its next check: {draft.notes?.length ?? 0} notes, {draft.tips?.length ?? 0} org tips
              {draft.approvedTools ? `, ${draft.approvedTools.length} approved tools` : ''}.{dirty ? ' Your unsaved changes are saved first.' : ''}
            </>
          }
          confirmLabel="Publish"
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
