/** The tour's steps: presentational, each given its values and callbacks by Onboarding. */
import { useState } from 'react';
import { HabitIcon } from '../habits/icons';
import type { CompanySetup } from '@/lib/onboarding';
import type { AiTool } from '@/lib/policy/tools';
import { SampleCard } from './SampleCard';
import type { SampleTip } from './sample';
import { i18n } from '#i18n';

/** What Lastmile does, in three sentences. */
const WELCOME_SENTENCES: readonly (() => string)[] = [
  () => i18n.t('onboarding.welcome.sentence1'),
  () => i18n.t('onboarding.welcome.sentence2'),
  () => i18n.t('onboarding.welcome.sentence3'),
];

/** What stays in the browser, point by point. */
const STAYS_ITEMS: readonly (() => string)[] = [
  () => i18n.t('onboarding.privacy.stays1'),
  () => i18n.t('onboarding.privacy.stays2'),
  () => i18n.t('onboarding.privacy.stays3'),
  () => i18n.t('onboarding.privacy.stays4'),
];

export function WelcomeStep({ company }: { company?: CompanySetup }) {
  return (
    <>
      <p className="ob-lead">{i18n.t('onboarding.welcome.lead')}</p>
      <ol className="ob-sentences">
        {WELCOME_SENTENCES.map((s, i) => (
          <li key={i}>
            <span className="ob-num" aria-hidden="true">
              {i + 1}
            </span>
            <span>{s()}</span>
          </li>
        ))}
      </ol>
      {company && (
        <section className="ob-company" aria-labelledby="ob-company-title">
          <h2 id="ob-company-title" className="ob-h2">
            <HabitIcon name="policy" size={18} />
            {company.orgName ? i18n.t('onboarding.welcome.companyTitleOrg', { org: company.orgName }) : i18n.t('onboarding.welcome.companyTitle')}
          </h2>
          <ul className="ob-facts">
            {company.installedByIt && <li>{i18n.t('onboarding.welcome.installedByIt')}</li>}
            {company.approvedTools.length > 0 && (
              <li data-testid="ob-approved">
                {i18n.t('onboarding.welcome.approvedTools', company.approvedTools.length, {
                  names: company.approvedTools.join(', '),
                })}
              </li>
            )}
            <li>{company.noteApps.length > 0 ? i18n.t('onboarding.welcome.notesFor', { apps: company.noteApps.join(', ') }) : i18n.t('onboarding.welcome.noNotes')}</li>
          </ul>
        </section>
      )}
    </>
  );
}

export function PrivacyStep({ sharingEnabled, sharingHref }: { sharingEnabled: boolean; sharingHref: string }) {
  return (
    <>
      <p className="ob-lead">{i18n.t('onboarding.privacy.lead')}</p>
      <section className="ob-panel" data-tone="green" aria-labelledby="ob-stays">
        <h2 id="ob-stays" className="ob-h2">
          <HabitIcon name="shield" size={18} />
          {i18n.t('onboarding.privacy.stays')}
        </h2>
        <ul className="ob-bullets">
          {STAYS_ITEMS.map((s, i) => (
            <li key={i}>{s()}</li>
          ))}
        </ul>
      </section>
      <section className="ob-panel" aria-labelledby="ob-shared">
        <h2 id="ob-shared" className="ob-h2">
          <HabitIcon name="share" size={18} />
          {i18n.t('onboarding.privacy.shared')}
        </h2>
        <p>{sharingEnabled ? i18n.t('onboarding.privacy.sharedOn') : i18n.t('onboarding.privacy.sharedOff')}</p>
        <p>
          <a className="hb-link" href={sharingHref} target="_blank" rel="noopener">
            {i18n.t('onboarding.privacy.sharingLink')}
          </a>
        </p>
      </section>
      <p className="ob-muted">{i18n.t('onboarding.privacy.control')}</p>
    </>
  );
}

export interface ToolStepProps {
  tools: readonly AiTool[];
  fromCompany: boolean;
  /** The company's preferred tool, marked as such. */
  companyChoice?: string;
  value: string;
  onChange(toolId: string): void;
}

export function ToolStep({ tools, fromCompany, companyChoice, value, onChange }: ToolStepProps) {
  return (
    <>
      <p className="ob-lead">{fromCompany ? i18n.t('onboarding.tool.leadCompany') : i18n.t('onboarding.tool.leadDefault')}</p>
      <fieldset className="ob-fieldset">
        <legend className="hb-sr">{i18n.t('onboarding.tool.legend')}</legend>
        <div className="ob-choices">
          {tools.map((t) => (
            <label key={t.id} className="ob-choice">
              <input type="radio" name="ob-tool" value={t.id} checked={value === t.id} onChange={() => onChange(t.id)} />
              <span className="ob-choice-body">
                <span className="ob-choice-name">{t.name}</span>
                <span className="ob-choice-desc">{t.prefill ? i18n.t('onboarding.tool.prefilled') : i18n.t('onboarding.tool.copied')}</span>
                {companyChoice === t.id && <span className="ob-badge">{i18n.t('onboarding.tool.recommended')}</span>}
              </span>
              <span className="ob-choice-check" aria-hidden="true">
                <HabitIcon name="check" size={14} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

const GOALS = [1, 2, 3, 4, 5, 6, 7] as const;

export function GoalStep({ value, onChange }: { value: number; onChange(days: number): void }) {
  return (
    <>
      <p className="ob-lead">{i18n.t('onboarding.goal.lead')}</p>
      <fieldset className="ob-fieldset">
        <legend className="hb-sr">{i18n.t('onboarding.goal.legend')}</legend>
        <div className="ob-goals">
          {GOALS.map((n) => (
            <label key={n} className="hb-goal">
              <input
                type="radio"
                name="ob-goal"
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                aria-label={i18n.t('onboarding.goal.days', n)}
              />
              <span aria-hidden="true">{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="ob-muted">
        {i18n.t('onboarding.goal.suggested')} {i18n.t('onboarding.goal.private')}
      </p>
    </>
  );
}

export interface TryStepProps {
  sample: SampleTip;
  tools: readonly AiTool[];
  toolId: string;
  onCopy(text: string): Promise<boolean>;
}

export function TryStep({ sample, tools, toolId, onCopy }: TryStepProps) {
  const [explained, setExplained] = useState<string>(() => i18n.t('onboarding.try.idle'));
  return (
    <div className="ob-try">
      <div className="ob-try-text">
        <p className="ob-lead">{i18n.t('onboarding.try.lead')}</p>
        <section className="ob-panel" data-tone="accent" aria-labelledby="ob-what">
          <h2 id="ob-what" className="ob-h2">
            <HabitIcon name="sparkle" size={18} />
            {i18n.t('onboarding.try.whatHappens')}
          </h2>
          <p role="status" aria-live="polite" data-testid="ob-explain">
            {explained}
          </p>
        </section>
        <p className="ob-muted">{i18n.t('onboarding.try.sampleNote')}</p>
      </div>
      <SampleCard sample={sample} tools={tools} toolId={toolId} onCopy={onCopy} onExplain={setExplained} />
    </div>
  );
}
