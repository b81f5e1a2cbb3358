/** The tour's steps: presentational, each given its values and callbacks by Onboarding. */
import { useState } from 'react';
import { HabitIcon } from '../habits/icons';
import type { CompanySetup } from '@/lib/onboarding';
import type { AiTool } from '@/lib/policy/tools';
import { SampleCard } from './SampleCard';
import type { SampleTip } from './sample';
import { T } from './strings';

export function WelcomeStep({ company }: { company?: CompanySetup }) {
  return (
    <>
      <p className="ob-lead">{T.welcome.lead}</p>
      <ol className="ob-sentences">
        {T.welcome.sentences.map((s, i) => (
          <li key={i}>
            <span className="ob-num" aria-hidden="true">
              {i + 1}
            </span>
            <span>{s}</span>
          </li>
        ))}
      </ol>
      {company && (
        <section className="ob-company" aria-labelledby="ob-company-title">
          <h2 id="ob-company-title" className="ob-h2">
            <HabitIcon name="policy" size={18} />
            {company.orgName ? T.welcome.companyTitleOrg(company.orgName) : T.welcome.companyTitle}
          </h2>
          <ul className="ob-facts">
            {company.installedByIt && <li>{T.welcome.installedByIt}</li>}
            {company.approvedTools.length > 0 && (
              <li data-testid="ob-approved">
                {company.approvedTools.length === 1
                  ? T.welcome.approvedTool(company.approvedTools.join(', '))
                  : T.welcome.approvedTools(company.approvedTools.join(', '))}
              </li>
            )}
            <li>{company.noteApps.length > 0 ? T.welcome.notesFor(company.noteApps.join(', ')) : T.welcome.noNotes}</li>
          </ul>
        </section>
      )}
    </>
  );
}

export function PrivacyStep({ sharingEnabled, sharingHref }: { sharingEnabled: boolean; sharingHref: string }) {
  return (
    <>
      <p className="ob-lead">{T.privacy.lead}</p>
      <section className="ob-panel" data-tone="green" aria-labelledby="ob-stays">
        <h2 id="ob-stays" className="ob-h2">
          <HabitIcon name="shield" size={18} />
          {T.privacy.stays}
        </h2>
        <ul className="ob-bullets">
          {T.privacy.staysItems.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </section>
      <section className="ob-panel" aria-labelledby="ob-shared">
        <h2 id="ob-shared" className="ob-h2">
          <HabitIcon name="share" size={18} />
          {T.privacy.shared}
        </h2>
        <p>{sharingEnabled ? T.privacy.sharedOn : T.privacy.sharedOff}</p>
        <p>
          <a className="hb-link" href={sharingHref} target="_blank" rel="noopener">
            {T.privacy.sharingLink}
          </a>
        </p>
      </section>
      <p className="ob-muted">{T.privacy.control}</p>
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
      <p className="ob-lead">{fromCompany ? T.tool.leadCompany : T.tool.leadDefault}</p>
      <fieldset className="ob-fieldset">
        <legend className="hb-sr">{T.tool.legend}</legend>
        <div className="ob-choices">
          {tools.map((t) => (
            <label key={t.id} className="ob-choice">
              <input type="radio" name="ob-tool" value={t.id} checked={value === t.id} onChange={() => onChange(t.id)} />
              <span className="ob-choice-body">
                <span className="ob-choice-name">{t.name}</span>
                <span className="ob-choice-desc">{t.prefill ? T.tool.prefilled : T.tool.copied}</span>
                {companyChoice === t.id && <span className="ob-badge">{T.tool.recommended}</span>}
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
      <p className="ob-lead">{T.goal.lead}</p>
      <fieldset className="ob-fieldset">
        <legend className="hb-sr">{T.goal.legend}</legend>
        <div className="ob-goals">
          {GOALS.map((n) => (
            <label key={n} className="hb-goal">
              <input
                type="radio"
                name="ob-goal"
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                aria-label={T.goal.days(n)}
              />
              <span aria-hidden="true">{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="ob-muted">
        {T.goal.suggested} {T.goal.private}
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
  const [explained, setExplained] = useState<string>(T.try.idle);
  return (
    <div className="ob-try">
      <div className="ob-try-text">
        <p className="ob-lead">{T.try.lead}</p>
        <section className="ob-panel" data-tone="accent" aria-labelledby="ob-what">
          <h2 id="ob-what" className="ob-h2">
            <HabitIcon name="sparkle" size={18} />
            {T.try.whatHappens}
          </h2>
          <p role="status" aria-live="polite" data-testid="ob-explain">
            {explained}
          </p>
        </section>
        <p className="ob-muted">{T.try.sampleNote}</p>
      </div>
      <SampleCard sample={sample} tools={tools} toolId={toolId} onCopy={onCopy} onExplain={setExplained} />
    </div>
  );
}
