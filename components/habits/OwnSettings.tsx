import { useId, useState, type ChangeEvent } from 'react';
import type { OwnChange, OwnPolicy, PolicyStatus } from '@/lib/pages/replies';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import { APP_IDS, type AppId } from '@/lib/sites/types';
import { appLabel } from './HabitsOverview';
import { RejectedList, SourceChip } from './PolicyView';
import { plural } from './format';

export interface OwnSettingsProps {
  /** The policy in force (null while loading). */
  status: PolicyStatus | null;
  /** What the employee set themselves (from the stored user source). */
  own: OwnPolicy;
  /** Sends the change; a rejection's message is shown. */
  onSave(change: OwnChange): Promise<void>;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** The answer for the tips-per-day limit: whose value is in force, in words. */
export function tipsAnswer(own: number | undefined, inForce: number): string {
  if (own === undefined) return `${plural(inForce, 'tip')} a day, set by your company or Lastmile's default.`;
  if (inForce < own) {
    return `Your company's limit of ${plural(inForce, 'tip')} a day is stricter, so it applies. You can only choose fewer.`;
  }
  return `Your limit of ${plural(own, 'tip')} a day is in force.`;
}

/**
 * The employee's own settings that take part in the policy: Lastmile off in an app, fewer tips a
 * day, the AI tool offered first. Each is sent as the user policy source; the resolver decides, and
 * the answer is shown beside each setting (the company's rule wins where it is stricter).
 */
export function OwnSettings({ status, own, onSave }: OwnSettingsProps) {
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<Status>(null);

  if (status === null) {
    return (
      <div className="hb-card hb-form">
        <h3 className="hb-h3">Lastmile and your company's policy</h3>
        <p className="hb-muted" aria-busy="true">
          Loading the policy…
        </p>
      </div>
    );
  }
  const policy = status.policy;
  const mine = new Set<AppId>(own.disabledApps ?? []);
  const companyOff = new Set<AppId>(policy.disabledApps.filter((a) => !mine.has(a)));
  const tools = policy.approvedTools.length > 0 ? policy.approvedTools : DEFAULT_AI_TOOLS;
  const ownTips = own.caps?.tipsPerDay;
  const inForceTips = policy.caps.tipsPerDay;
  // Fewer only: up to what applies without the employee's own value (as far as the page can tell).
  const upper = ownTips === undefined ? inForceTips : Math.max(inForceTips, ownTips);
  const tipChoices = Array.from({ length: upper + 1 }, (_, n) => n).reverse();
  const toolRejected = status.rejected.filter((r) => r.source === 'user' && r.path === 'preferredTool');
  const preferredInForce = policy.preferredTool;
  const companyCaps = status.provenance.caps?.sources?.find((x) => x !== 'user') ?? 'default';
  const tipsWinner = ownTips !== undefined && inForceTips === ownTips ? 'user' : companyCaps;
  const userRejected = status.rejected.filter((r) => r.source === 'user');

  const save = async (change: OwnChange, done: string) => {
    setSaving(true);
    setResult(null);
    try {
      await onSave(change);
      setResult({ tone: 'ok', text: done });
    } catch (e) {
      setResult({ tone: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setSaving(false);
    }
  };

  const toggleApp = (app: AppId, off: boolean) => {
    const next = off ? [...mine, app] : [...mine].filter((a) => a !== app);
    void save(
      { disabledApps: APP_IDS.filter((a) => next.includes(a)) },
      off ? `Lastmile is off in ${appLabel(app)} for you` : `Lastmile is back on in ${appLabel(app)}`,
    );
  };

  const onTips = (e: ChangeEvent<HTMLSelectElement>) => {
    const v = e.target.value;
    if (v === '') void save({ tipsPerDay: null }, 'Tips per day: back to your company’s setting');
    else void save({ tipsPerDay: Number(v) }, `Tips per day: at most ${v}`);
  };

  const onTool = (e: ChangeEvent<HTMLSelectElement>) => {
    const v = e.target.value;
    const name = tools.find((t) => t.id === v)?.name ?? v;
    if (v === '') void save({ preferredTool: null }, 'AI tool: no preference');
    else void save({ preferredTool: v }, `AI tool: ${name} first`);
  };

  return (
    <div className="hb-card hb-form own-settings" aria-labelledby={`${id}-h`} role="group">
      <div>
        <h3 id={`${id}-h`} className="hb-h3">
          Lastmile and your company's policy
        </h3>
        <p className="hb-hint">
          These choices join your company's policy. You can make Lastmile quieter, never looser than your company's rules.
          See <a className="hb-link" href="#policy">Policy</a> for everything in force.
        </p>
      </div>

      <fieldset className="hb-fieldset" aria-describedby={`${id}-apps-help`}>
        <legend className="hb-field-label">Turn Lastmile off in an app</legend>
        <p id={`${id}-apps-help`} className="hb-hint">
          No tips, pill or notes in the apps you tick.
        </p>
        <div className="own-apps">
          {APP_IDS.map((app) => {
            const byCompany = companyOff.has(app);
            return (
              <label key={app} className="own-app" data-company={byCompany || undefined}>
                <input
                  type="checkbox"
                  checked={mine.has(app) || byCompany}
                  disabled={saving || byCompany}
                  aria-describedby={byCompany ? `${id}-company-off` : undefined}
                  onChange={(e) => toggleApp(app, e.target.checked)}
                />
                <span>{appLabel(app)}</span>
                {byCompany && <span className="own-by">off by your company</span>}
              </label>
            );
          })}
        </div>
        {companyOff.size > 0 && (
          <p id={`${id}-company-off`} className="hb-hint own-answer">
            Your company turned Lastmile off there; only your company can turn it back on.
          </p>
        )}
      </fieldset>

      <div className="hb-fieldset">
        <label className="hb-field-label" htmlFor={`${id}-tips`}>
          Tips per day
        </label>
        <p id={`${id}-tips-help`} className="hb-hint">
          Fewer tips, never more than your company allows.
        </p>
        <select
          id={`${id}-tips`}
          className="hb-input own-select"
          value={ownTips === undefined ? '' : String(ownTips)}
          disabled={saving}
          aria-describedby={`${id}-tips-help ${id}-tips-answer`}
          onChange={onTips}
        >
          {/* With a value of their own in force the company's figure is hidden by it: no number then. */}
          <option value="">{ownTips === undefined ? `Company setting (${inForceTips})` : 'Company setting'}</option>
          {tipChoices.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? 'None' : `At most ${n}`}
            </option>
          ))}
        </select>
        <p id={`${id}-tips-answer`} className="own-answer" data-testid="tips-answer" data-wins={tipsWinner}>
          <SourceChip source={tipsWinner} />
          {tipsAnswer(ownTips, inForceTips)}
        </p>
      </div>

      <div className="hb-fieldset">
        <label className="hb-field-label" htmlFor={`${id}-tool`}>
          Preferred AI tool
        </label>
        <p id={`${id}-tool-help`} className="hb-hint">
          Offered first in the tip card. Only tools your company approved.
        </p>
        <select
          id={`${id}-tool`}
          className="hb-input own-select"
          value={own.preferredTool ?? ''}
          disabled={saving}
          aria-describedby={`${id}-tool-help ${id}-tool-answer`}
          onChange={onTool}
        >
          <option value="">No preference</option>
          {tools.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <p id={`${id}-tool-answer`} className="own-answer" data-testid="tool-answer">
          {own.preferredTool === undefined
            ? preferredInForce
              ? `Your company offers ${tools.find((t) => t.id === preferredInForce)?.name ?? preferredInForce} first.`
              : 'The first approved tool is offered first.'
            : preferredInForce === own.preferredTool
              ? `${tools.find((t) => t.id === own.preferredTool)?.name ?? own.preferredTool} is offered first.`
              : `Not in force: ${toolRejected[0]?.message ?? 'your company’s choice applies'}.`}
        </p>
      </div>

      {userRejected.length > 0 && (
        <div className="own-rejected">
          <p className="hb-field-label">Not used from your settings</p>
          <RejectedList items={userRejected} />
        </div>
      )}

      <p className="hb-save-status" role="status" data-tone={result?.tone}>
        {result?.text ?? ''}
      </p>
    </div>
  );
}
