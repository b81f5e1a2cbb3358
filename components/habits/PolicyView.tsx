import { useId, type ReactNode } from 'react';
import type { PolicyStatus, ProvenanceSourceView, ProvenanceView, RejectionView, ShownKey } from '@/lib/pages/replies';
import { SHOWN_KEYS } from '@/lib/pages/replies';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import type { AppId } from '@/lib/sites/types';
import { appLabel } from './HabitsOverview';
import { plural } from './format';
import { HabitIcon } from './icons';
import { When } from './When';

export const SOURCE_TEXT: Readonly<Record<ProvenanceSourceView, string>> = {
  managed: 'Your company (managed)',
  backend: "Your company's Lastmile server",
  user: 'You',
  default: 'Default',
};

const KEY_TITLES: Readonly<Record<ShownKey, string>> = {
  orgName: 'Company name',
  approvedTools: 'Approved AI tools',
  preferredTool: 'AI tool offered first',
  notes: 'Permission notes',
  redact: 'Redaction before a prompt leaves the page',
  tips: "Your company's own tips",
  disabledTips: 'Tips switched off',
  disabledApps: 'Apps where Lastmile is off',
  caps: 'Limits',
  sync: 'Sharing anonymous statistics',
};

const LEVEL_TEXT = { allowed: 'AI is fine', caution: 'Be careful', blocked: 'No AI here' } as const;

export function SourceChip({ source }: { source: ProvenanceSourceView }) {
  return (
    <span className="pv-chip" data-source={source}>
      {SOURCE_TEXT[source]}
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
      return p.orgName ? <p className="pv-strong">{p.orgName}</p> : <Muted>Not set</Muted>;
    case 'approvedTools':
      return p.approvedTools.length > 0 ? (
        listOrNone(p.approvedTools.map((t) => `${t.name} (${hostOf(t.url)})`), '')
      ) : (
        <Muted>No company list: the built-in tools apply ({DEFAULT_AI_TOOLS.map((t) => t.name).join(', ')}).</Muted>
      );
    case 'preferredTool': {
      if (p.preferredTool === undefined) return <Muted>None: the first approved tool</Muted>;
      const tools = p.approvedTools.length > 0 ? p.approvedTools : DEFAULT_AI_TOOLS;
      return <p className="pv-strong">{tools.find((t) => t.id === p.preferredTool)?.name ?? p.preferredTool}</p>;
    }
    case 'notes':
      if (p.notes.length === 0) return <Muted>No notes</Muted>;
      return (
        <>
          <p>{plural(p.notes.length, 'note')}</p>
          <ul className="pv-notes">
            {p.notes.map((n) => (
              <li key={n.id} className="pv-note" data-level={n.level}>
                <span className="pv-level" data-level={n.level}>
                  {LEVEL_TEXT[n.level]}
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
      const flags: [string, boolean][] = [
        ['Email addresses', r.emails],
        ['Phone numbers', r.phones],
        ['Payment card numbers', r.cards],
        ['IBANs', r.ibans],
      ];
      return (
        <ul className="pv-items">
          {flags.map(([label, on]) => (
            <li key={label}>
              {label}: {on ? 'replaced with a placeholder' : 'left as they are'}
            </li>
          ))}
          {r.patterns.map((x) => (
            <li key={x.name}>
              Custom rule “{x.name}”: <code className="pv-code">{x.regex}</code>
              {x.flags ? ` (${x.flags})` : ''} becomes [{x.name}]
            </li>
          ))}
        </ul>
      );
    }
    case 'tips':
      if (p.tips.length === 0) return <Muted>None: the built-in tips only</Muted>;
      return (
        <>
          <p>{plural(p.tips.length, 'tip')}</p>
          {listOrNone(
            p.tips.map((t) => t.title),
            '',
          )}
        </>
      );
    case 'disabledTips':
      return listOrNone(p.disabledTips.map(tipTitle), 'None');
    case 'disabledApps':
      return listOrNone(
        p.disabledApps.map((a: AppId) => appLabel(a)),
        'None: Lastmile works in every supported app',
      );
    case 'caps':
      return (
        <p>
          At most {plural(p.caps.tipsPerDay, 'tip')} a day; a tip rests {plural(p.caps.cooldownHours, 'hour')} after it
          was shown or put off.
        </p>
      );
    case 'sync':
      if (!p.sync) return <Muted>Not set up: nothing is shared</Muted>;
      return (
        <ul className="pv-items">
          <li>{p.sync.enabled ? 'Turned on by your company' : 'Turned off'}</li>
          <li>
            Server: <code className="pv-code">{p.sync.endpoint}</code>
          </li>
          <li>Group: {p.sync.cohort ?? 'none'}</li>
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
          {KEY_TITLES[name]}
        </h4>
        <span className="pv-chips">
          <span className="hb-sr">From: </span>
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
            <strong>Last known good.</strong> The latest update of this setting was rejected (see Rejected below), so the
            previous valid value is kept.
          </span>
        </p>
      )}
      <p className="pv-when">
        {prov.receivedAt ? (
          <>
            {prov.lastKnownGood ? 'Kept value arrived ' : 'Arrived '}
            <When iso={prov.receivedAt} now={now} />
          </>
        ) : (
          'Built into Lastmile'
        )}
      </p>
    </li>
  );
}

export interface PolicyViewProps {
  /** null while loading. */
  status: PolicyStatus | null;
  error?: string;
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
      <p className="hb-error" role="alert">
        Could not read the policy: {error}
      </p>
    );
  }
  if (status === null) {
    return (
      <p className="hb-muted" aria-busy="true">
        Loading the policy…
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
          {status.policy.orgName ? `${status.policy.orgName} sets` : 'Your company can set'} how Lastmile behaves. This is
          what is in force now, where each value came from and when it arrived. Company values can only be changed by your
          company; your own choices are under <a className="hb-link" href="#settings">Settings</a>. Checked{' '}
          <When iso={status.resolvedAt} now={now} />.
        </p>
      </div>

      <section className="hb-card" aria-labelledby={inForceId}>
        <h3 id={inForceId} className="hb-h hb-block-title">
          In force
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
          Rejected
        </h3>
        <RejectedList items={status.rejected} />
      </section>
    </div>
  );
}

export function RejectedList({ items, empty = 'Nothing rejected' }: { items: readonly RejectionView[]; empty?: string }) {
  if (items.length === 0) {
    return (
      <p className="pv-none">
        <HabitIcon name="check" size={15} />
        {empty}
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
          <p className="pv-reason">{r.message}</p>
          {r.value !== undefined && (
            <p className="pv-value-short">
              Value: <code className="pv-code">{r.value}</code>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
