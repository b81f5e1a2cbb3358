import { useId, useState, type ChangeEvent } from 'react';
import { i18n } from '#i18n';
import { replyErrorText, TechnicalDetail } from './error-text';
import type { OwnChange, OwnPolicy, PolicyStatus } from '@/lib/pages/replies';
import { DEFAULT_AI_TOOLS } from '@/lib/policy/tools';
import { APP_IDS, type AppId } from '@/lib/sites/types';
import { appLabel } from './HabitsOverview';
import { RejectedList, SourceChip } from './PolicyView';
import { formatNumber } from './format';
import { rich } from './rich';

export interface OwnSettingsProps {
  /** The policy in force (null while loading). */
  status: PolicyStatus | null;
  /** What the employee set themselves (from the stored user source). */
  own: OwnPolicy;
  /** Sends the change; a refusal is shown in words (its code), with the technical detail apart. */
  onSave(change: OwnChange): Promise<void>;
}

type Status = { tone: 'ok' | 'error'; text: string; detail?: string } | null;

/** The answer for the tips-per-day limit: whose value is in force, in words. */
export function tipsAnswer(own: number | undefined, inForce: number): string {
  if (own === undefined) return i18n.t('settings.own.tipsDefault', inForce, [formatNumber(inForce)]);
  if (inForce < own) return i18n.t('settings.own.tipsStricter', inForce, [formatNumber(inForce)]);
  return i18n.t('settings.own.tipsOwn', own, [formatNumber(own)]);
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
        <h3 className="hb-h3">{i18n.t('settings.own.title')}</h3>
        <p className="hb-muted" aria-busy="true">
          {i18n.t('policyView.loading')}
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
      const why = replyErrorText(e);
      setResult({ tone: 'error', text: i18n.t('settings.notSaved', { error: why.text }), ...(why.detail !== undefined ? { detail: why.detail } : {}) });
    } finally {
      setSaving(false);
    }
  };

  const toggleApp = (app: AppId, off: boolean) => {
    const next = off ? [...mine, app] : [...mine].filter((a) => a !== app);
    void save(
      { disabledApps: APP_IDS.filter((a) => next.includes(a)) },
      off ? i18n.t('settings.own.appOff', { app: appLabel(app) }) : i18n.t('settings.own.appOn', { app: appLabel(app) }),
    );
  };

  const onTips = (e: ChangeEvent<HTMLSelectElement>) => {
    const v = e.target.value;
    if (v === '') void save({ tipsPerDay: null }, i18n.t('settings.own.tipsSavedCompany'));
    else void save({ tipsPerDay: Number(v) }, i18n.t('settings.own.tipsSaved', { count: formatNumber(Number(v)) }));
  };

  const onTool = (e: ChangeEvent<HTMLSelectElement>) => {
    const v = e.target.value;
    const name = tools.find((t) => t.id === v)?.name ?? v;
    if (v === '') void save({ preferredTool: null }, i18n.t('settings.own.toolSavedNone'));
    else void save({ preferredTool: v }, i18n.t('settings.own.toolSaved', { name }));
  };

  return (
    <div className="hb-card hb-form own-settings" aria-labelledby={`${id}-h`} role="group">
      <div>
        <h3 id={`${id}-h`} className="hb-h3">
          {i18n.t('settings.own.title')}
        </h3>
        <p className="hb-hint">
          {rich(
            {
              link: (
                <a className="hb-link" href="#policy">
                  {i18n.t('habits.nav.policy')}
                </a>
              ),
            },
            (m) => i18n.t('settings.own.intro', { link: m.link }),
          )}
        </p>
      </div>

      <fieldset className="hb-fieldset" aria-describedby={`${id}-apps-help`}>
        <legend className="hb-field-label">{i18n.t('settings.own.appsLegend')}</legend>
        <p id={`${id}-apps-help`} className="hb-hint">
          {i18n.t('settings.own.appsHelp')}
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
                {byCompany && <span className="own-by">{i18n.t('settings.own.byCompany')}</span>}
              </label>
            );
          })}
        </div>
        {companyOff.size > 0 && (
          <p id={`${id}-company-off`} className="hb-hint own-answer">
            {i18n.t('settings.own.companyOff')}
          </p>
        )}
      </fieldset>

      <div className="hb-fieldset">
        <label className="hb-field-label" htmlFor={`${id}-tips`}>
          {i18n.t('settings.own.tips')}
        </label>
        <p id={`${id}-tips-help`} className="hb-hint">
          {i18n.t('settings.own.tipsHelp')}
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
          <option value="">
            {ownTips === undefined
              ? i18n.t('settings.own.tipsCompany', { count: formatNumber(inForceTips) })
              : i18n.t('settings.own.tipsCompanyPlain')}
          </option>
          {tipChoices.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? i18n.t('settings.own.tipsNone') : i18n.t('settings.own.tipsAtMost', { count: formatNumber(n) })}
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
          {i18n.t('settings.own.tool')}
        </label>
        <p id={`${id}-tool-help`} className="hb-hint">
          {i18n.t('settings.own.toolHelp')}
        </p>
        <select
          id={`${id}-tool`}
          className="hb-input own-select"
          value={own.preferredTool ?? ''}
          disabled={saving}
          aria-describedby={`${id}-tool-help ${id}-tool-answer`}
          onChange={onTool}
        >
          <option value="">{i18n.t('settings.own.toolNone')}</option>
          {tools.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <p id={`${id}-tool-answer`} className="own-answer" data-testid="tool-answer">
          {own.preferredTool === undefined
            ? preferredInForce
              ? i18n.t('settings.own.toolCompany', { name: tools.find((t) => t.id === preferredInForce)?.name ?? preferredInForce })
              : i18n.t('settings.own.toolFirstApproved')
            : preferredInForce === own.preferredTool
              ? i18n.t('settings.own.toolMine', { name: tools.find((t) => t.id === own.preferredTool)?.name ?? own.preferredTool })
              : toolRejected.length > 0
                ? i18n.t('settings.own.toolNotApproved')
                : i18n.t('settings.own.toolCompanyWins')}
        </p>
      </div>

      {userRejected.length > 0 && (
        <div className="own-rejected">
          <p className="hb-field-label">{i18n.t('settings.own.rejected')}</p>
          <RejectedList items={userRejected} />
        </div>
      )}

      <p className="hb-save-status" role="status" data-tone={result?.tone}>
        {result?.text ?? ''}
      </p>
      <TechnicalDetail detail={result?.tone === 'error' ? result.detail : undefined} />
    </div>
  );
}
