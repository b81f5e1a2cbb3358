import { useId, type ReactNode } from 'react';
import { i18n } from '#i18n';
import type { PolicyStatus, ProvenanceSourceView, ProvenanceView, RejectionView, ShownKey } from '@/lib/pages/replies';
import { SHOWN_KEYS } from '@/lib/pages/replies';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import type { AppId } from '@/lib/sites/types';
import { appLabel } from './HabitsOverview';
import { TechnicalDetail, type ErrorText } from './error-text';
import { formatAbsolute, formatNumber } from './format';
import { HabitIcon } from './icons';
import { rich } from './rich';
import { When } from './When';

/** Where a value came from, in words. */
export function sourceText(source: ProvenanceSourceView): string {
  switch (source) {
    case 'managed':
      return i18n.t('policyView.source.managed');
    case 'backend':
      return i18n.t('policyView.source.backend');
    case 'user':
      return i18n.t('policyView.source.user');
    case 'default':
      return i18n.t('policyView.source.default');
  }
}

const KEY_TITLES: Readonly<Record<ShownKey, () => string>> = {
  orgName: () => i18n.t('policyView.key.orgName'),
  approvedTools: () => i18n.t('policyView.key.approvedTools'),
  preferredTool: () => i18n.t('policyView.key.preferredTool'),
  notes: () => i18n.t('policyView.key.notes'),
  redact: () => i18n.t('policyView.key.redact'),
  tips: () => i18n.t('policyView.key.tips'),
  disabledTips: () => i18n.t('policyView.key.disabledTips'),
  disabledApps: () => i18n.t('policyView.key.disabledApps'),
  caps: () => i18n.t('policyView.key.caps'),
  sync: () => i18n.t('policyView.key.sync'),
};

const LEVEL_TEXT = {
  allowed: () => i18n.t('policyView.level.allowed'),
  caution: () => i18n.t('policyView.level.caution'),
  blocked: () => i18n.t('policyView.level.blocked'),
} as const;

export function SourceChip({ source }: { source: ProvenanceSourceView }) {
  return (
    <span className="pv-chip" data-source={source}>
      {sourceText(source)}
    </span>
  );
}

function Muted({ children }: { children: ReactNode }) {
  return <p className="hb-muted">{children}</p>;
}

function listOrNone(items: readonly string[], none: string): ReactNode {
  if (items.length === 0) return <Muted>{none}</Muted>;
  return (
    <ul className="pv-items">
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

/** The value of one key in plain words (never the sync token: the reply schema drops it). */
function valueOf(key: ShownKey, status: PolicyStatus, tipTitle: (id: string) => string): ReactNode {
  const p = status.policy;
  switch (key) {
    case 'orgName':
      return p.orgName ? <p className="pv-strong">{p.orgName}</p> : <Muted>{i18n.t('policyView.notSet')}</Muted>;
    case 'approvedTools':
      return p.approvedTools.length > 0 ? (
        listOrNone(p.approvedTools.map((t) => `${t.name} (${hostOf(t.url)})`), '')
      ) : (
        <Muted>{i18n.t('policyView.toolsBuiltIn', { tools: DEFAULT_AI_TOOLS.map((t) => t.name).join(', ') })}</Muted>
      );
    case 'preferredTool': {
      if (p.preferredTool === undefined) return <Muted>{i18n.t('policyView.preferredNone')}</Muted>;
      const tools = p.approvedTools.length > 0 ? p.approvedTools : DEFAULT_AI_TOOLS;
      return <p className="pv-strong">{tools.find((t) => t.id === p.preferredTool)?.name ?? p.preferredTool}</p>;
    }
    case 'notes':
      if (p.notes.length === 0) return <Muted>{i18n.t('policyView.notesNone')}</Muted>;
      return (
        <>
          <p>{i18n.t('policyView.notesCount', p.notes.length, [formatNumber(p.notes.length)])}</p>
          <ul className="pv-notes">
            {p.notes.map((n) => (
              <li key={n.id} className="pv-note" data-level={n.level}>
                <span className="pv-level" data-level={n.level}>
                  {LEVEL_TEXT[n.level]()}
                </span>
                <span className="pv-note-where">{appLabel(n.app)}</span>
                {/* Plain text, as the admin typed it (React never renders it as HTML). */}
                <span className="pv-note-text">{n.text}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'redact': {
      const r = p.redact;
      const flags: [string, string, boolean][] = [
        ['emails', i18n.t('policyView.redact.emails'), r.emails],
        ['phones', i18n.t('policyView.redact.phones'), r.phones],
        ['cards', i18n.t('policyView.redact.cards'), r.cards],
        ['ibans', i18n.t('policyView.redact.ibans'), r.ibans],
      ];
      return (
        <ul className="pv-items">
          {flags.map(([key, what, on]) => (
            <li key={key}>{on ? i18n.t('policyView.redact.on', { what }) : i18n.t('policyView.redact.off', { what })}</li>
          ))}
          {r.patterns.map((x) => (
            <li key={x.name}>
              {rich(
                {
                  regex: (
                    <>
                      <code className="pv-code">{x.regex}</code>
                      {x.flags ? ` (${x.flags})` : ''}
                    </>
                  ),
                },
                (m) => i18n.t('policyView.redact.custom', { name: x.name, regex: m.regex }),
              )}
            </li>
          ))}
        </ul>
      );
    }
    case 'tips':
      if (p.tips.length === 0) return <Muted>{i18n.t('policyView.tipsNone')}</Muted>;
      return (
        <>
          <p>{i18n.t('habits.count.tips', p.tips.length, [formatNumber(p.tips.length)])}</p>
          {listOrNone(
            p.tips.map((t) => t.title),
            '',
          )}
        </>
      );
    case 'disabledTips':
      return listOrNone(p.disabledTips.map(tipTitle), i18n.t('policyView.none'));
    case 'disabledApps':
      return listOrNone(
        p.disabledApps.map((a: AppId) => appLabel(a)),
        i18n.t('policyView.appsNone'),
      );
    case 'caps':
      return (
        <p>
          {i18n.t('policyView.caps', {
            tips: i18n.t('habits.count.tips', p.caps.tipsPerDay, [formatNumber(p.caps.tipsPerDay)]),
            hours: i18n.t('habits.count.hours', p.caps.cooldownHours, [formatNumber(p.caps.cooldownHours)]),
          })}
        </p>
      );
    case 'sync':
      if (!p.sync) return <Muted>{i18n.t('policyView.syncNotSet')}</Muted>;
      return (
        <ul className="pv-items">
          <li>{p.sync.enabled ? i18n.t('policyView.syncOn') : i18n.t('policyView.syncOff')}</li>
          <li>
            {rich({ endpoint: <code className="pv-code">{p.sync.endpoint}</code> }, (m) =>
              i18n.t('policyView.syncServer', { endpoint: m.endpoint }),
            )}
          </li>
          <li>{i18n.t('policyView.syncGroup', { group: p.sync.cohort ?? i18n.t('policyView.syncGroupNone') })}</li>
        </ul>
      );
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Row({
  name,
  prov,
  now,
  children,
}: {
  name: ShownKey;
  prov: ProvenanceView;
  now: Date;
  children: ReactNode;
}) {
  // Merged keys list every contributing source; single-value keys their one source.
  const sources: ProvenanceSourceView[] = prov.sources && prov.sources.length > 0 ? prov.sources : [prov.source];
  return (
    <li className="pv-row" data-testid={`policy-${name}`} data-source={prov.source}>
      <div className="pv-row-head">
        <h4 className="pv-name">
          {KEY_TITLES[name]()}
        </h4>
        <span className="pv-chips">
          <span className="hb-sr">{`${i18n.t('policyView.sourcesLabel')} `}</span>
          {sources.map((s) => (
            <SourceChip key={s} source={s} />
          ))}
        </span>
      </div>
      <div className="pv-value">{children}</div>
      {prov.lastKnownGood && (
        <p className="pv-lkg" data-testid="lkg">
          <HabitIcon name="shield" size={14} />
          <span>
            <strong>{i18n.t('policyView.lkgTitle')}</strong> {i18n.t('policyView.lkgText')}
          </span>
        </p>
      )}
      <p className="pv-when">
        {prov.receivedAt
          ? rich({ when: <When iso={prov.receivedAt} now={now} /> }, (m) =>
              prov.lastKnownGood ? i18n.t('policyView.arrivedKept', { when: m.when }) : i18n.t('policyView.arrived', { when: m.when }),
            )
          : i18n.t('policyView.builtIn')}
      </p>
    </li>
  );
}

export interface PolicyViewProps {
  /** null while loading. */
  status: PolicyStatus | null;
  /** Why the policy could not be read: in words, with the technical detail apart. */
  error?: ErrorText;
  now: Date;
  /** Title of a tip id (bundled or the company's); the id itself when unknown. */
  tipTitle?(id: string): string;
}

/** "Policy in force": every value, where it came from, when it arrived, and what was rejected and why. */
export function PolicyView({ status, error, now, tipTitle = (id) => id }: PolicyViewProps) {
  const inForceId = useId();
  const rejectedId = useId();
  if (error !== undefined) {
    return (
      <div role="alert">
        <p className="hb-error">{i18n.t('policyView.error', { error: error.text })}</p>
        <TechnicalDetail detail={error.detail} />
      </div>
    );
  }
  if (status === null) {
    return (
      <p className="hb-muted" aria-busy="true">
        {i18n.t('policyView.loading')}
      </p>
    );
  }
  const titles = (id: string) => status.policy.tips.find((t) => t.id === id)?.title ?? tipTitle(id);
  return (
    <div className="hb-policy">
      <div className="hb-privacy-intro pv-intro">
        <span className="hb-stat-icon" data-tone="green">
          <HabitIcon name="shield" size={20} />
        </span>
        <p>
          {rich(
            {
              settings: (
                <a className="hb-link" href="#settings">
                  {i18n.t('habits.nav.settings')}
                </a>
              ),
              when: <When iso={status.resolvedAt} now={now} />,
            },
            (m) =>
              status.policy.orgName
                ? i18n.t('policyView.introOrg', { org: status.policy.orgName, settings: m.settings, when: m.when })
                : i18n.t('policyView.intro', { settings: m.settings, when: m.when }),
          )}
        </p>
      </div>

      <section className="hb-card" aria-labelledby={inForceId}>
        <h3 id={inForceId} className="hb-h hb-block-title">
          {i18n.t('policyView.inForce')}
        </h3>
        <ul className="pv-rows">
          {SHOWN_KEYS.map((key) => (
            <Row key={key} name={key} prov={status.provenance[key] ?? { source: 'default' }} now={now}>
              {valueOf(key, status, titles)}
            </Row>
          ))}
        </ul>
      </section>

      <section className="hb-card" aria-labelledby={rejectedId} data-testid="policy-rejected">
        <h3 id={rejectedId} className="hb-h hb-block-title">
          {i18n.t('policyView.rejected')}
        </h3>
        <RejectedList items={status.rejected} />
      </section>
    </div>
  );
}

/** The policy part a rejection is about, in words. */
function partTitle(part: RejectionView['part']): string {
  if (part === 'source') return i18n.t('policyView.part.source');
  if (part === 'schemaVersion') return i18n.t('policyView.part.schemaVersion');
  return KEY_TITLES[part]();
}

/** Why a part was rejected, as a sentence in the employee's language (the code and its figures). */
export function rejectionText(r: RejectionView): string {
  const part = partTitle(r.part);
  switch (r.code) {
    case 'not_a_key':
      return i18n.t('policyView.reject.notAKey', { key: r.path });
    case 'unknown_field':
      return i18n.t('policyView.reject.unknownField', { part });
    case 'required':
      return i18n.t('policyView.reject.required', { part });
    case 'invalid':
      return i18n.t('policyView.reject.invalid', { part });
    case 'not_a_list':
      return i18n.t('policyView.reject.notAList', { part });
    case 'not_an_object':
      return r.part === 'source' ? i18n.t('policyView.reject.sourceNotAnObject') : i18n.t('policyView.reject.notAnObject', { part });
    case 'too_many':
      return i18n.t('policyView.reject.tooMany', { part, max: formatNumber(r.count ?? 0) });
    case 'duplicate':
      return i18n.t('policyView.reject.duplicate', { part, id: r.id ?? r.itemId ?? '' });
    case 'all_rejected':
      return i18n.t('policyView.reject.allRejected', { part });
    case 'user_not_allowed':
      return i18n.t('policyView.reject.userNotAllowed', { part });
    case 'backend_not_allowed':
      return i18n.t('policyView.reject.backendNotAllowed', { part });
    case 'kept_last_valid':
      return i18n.t('policyView.reject.keptLastValid', { part, when: r.receivedAt !== undefined ? formatAbsolute(r.receivedAt) : '' });
    case 'no_last_valid':
      return i18n.t('policyView.reject.noLastValid', { part });
    case 'tool_not_approved':
      return i18n.t('policyView.reject.toolNotApproved', { part, id: r.id ?? '' });
    case 'more':
      return i18n.t('policyView.reject.more', r.count ?? 0, [formatNumber(r.count ?? 0)]);
  }
}


export function RejectedList({ items, empty }: { items: readonly RejectionView[]; empty?: string }) {
  if (items.length === 0) {
    return (
      <p className="pv-none">
        <HabitIcon name="check" size={15} />
        {empty ?? i18n.t('policyView.nothingRejected')}
      </p>
    );
  }
  return (
    <ul className="pv-rejected">
      {items.map((r, i) => (
        <li key={`${r.source}-${r.path}-${i}`} className="pv-reject" data-testid="rejection">
          <div className="pv-row-head">
            <code className="pv-code pv-path">{r.path}</code>
            {r.itemId !== undefined && <span className="pv-item">“{r.itemId}”</span>}
            <SourceChip source={r.source} />
          </div>
          <p className="pv-reason">{rejectionText(r)}</p>
          {/* Where is the path above; the checker's own words (English, for the admin) go in a labelled line. */}
          <TechnicalDetail detail={r.detail} />
          {r.value !== undefined && (
            <p className="pv-value-short">
              {rich({ value: <code className="pv-code">{r.value}</code> }, (m) => i18n.t('policyView.value', { value: m.value }))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
