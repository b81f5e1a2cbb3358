import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { replyErrorText, TechnicalDetail, type ErrorText } from '../habits/error-text';
import { HabitIcon } from '../habits/icons';
import type { OnboardingMode, TourData } from '@/lib/onboarding';
import type { SampleTip } from './sample';
import { GoalStep, PrivacyStep, ToolStep, TryStep, WelcomeStep } from './steps';
import { i18n } from '#i18n';

export type StepId = 'welcome' | 'privacy' | 'tool' | 'goal' | 'try';
/** The short tour (IT set Lastmile up) skips the tool pick: the company already chose. */
export const STEPS: Readonly<Record<OnboardingMode, readonly StepId[]>> = {
  full: ['welcome', 'privacy', 'tool', 'goal', 'try'],
  short: ['welcome', 'privacy', 'goal', 'try'],
};

export interface OnboardingProps extends TourData {
  sample: SampleTip;
  links: { sharing: string; habits: string };
  /** Saves the chosen tool; called only when it differs from the preset. Rejects with a ReplyError (a code). */
  onSaveTool(toolId: string): Promise<void>;
  /** Saves the goal as a settings patch; called only when it changed. Rejects with a ReplyError (a code). */
  onSaveGoal(patch: { weeklyGoalDays: number }): Promise<void>;
  onCopy(text: string): Promise<boolean>;
  /** Remembers the tour as done (finished or skipped) so it never opens by itself again. */
  onComplete(how: 'finished' | 'skipped'): Promise<void>;
  onCloseTab(): void;
}

/** The steps' short names in the progress bar. */
const STEP_NAMES: Readonly<Record<StepId, () => string>> = {
  welcome: () => i18n.t('onboarding.steps.welcome'),
  privacy: () => i18n.t('onboarding.steps.privacy'),
  tool: () => i18n.t('onboarding.steps.tool'),
  goal: () => i18n.t('onboarding.steps.goal'),
  try: () => i18n.t('onboarding.steps.try'),
};

type View = { kind: 'step'; index: number } | { kind: 'done'; how: 'finished' | 'skipped' };

/**
 * The first-run tour. Keyboard-first: every control is native (radios move with the arrow keys,
 * Enter submits a step), "Skip tour" is always in the header, and focus moves to each new step's
 * heading so screen readers announce it.
 */
export function Onboarding(props: OnboardingProps) {
  const { mode, tools, company } = props;
  const steps = STEPS[mode];
  const [view, setView] = useState<View>({ kind: 'step', index: 0 });
  const [toolId, setToolId] = useState(props.toolId);
  const [goal, setGoal] = useState(props.weeklyGoalDays);
  const [savedTool, setSavedTool] = useState(props.toolId);
  const [savedGoal, setSavedGoal] = useState(props.weeklyGoalDays);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorText | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const viewKey = view.kind === 'step' ? `step-${view.index}` : `done-${view.how}`;
  useEffect(() => {
    // Not on first load: the page title and the heading are read in order anyway.
    if (moved.current) headingRef.current?.focus();
  }, [viewKey]);

  const go = (next: View) => {
    moved.current = true;
    setError(null);
    setView(next);
  };

  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      const why = replyErrorText(e);
      setError({ text: i18n.t('onboarding.saveError', { reason: why.text }), ...(why.detail !== undefined ? { detail: why.detail } : {}) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const complete = async (how: 'finished' | 'skipped') => {
    if (await run(() => props.onComplete(how))) go({ kind: 'done', how });
  };

  if (view.kind === 'done') {
    const finished = view.how === 'finished';
    return (
      <Frame onSkip={undefined}>
        <div className="ob-card ob-done">
          <span className="ob-done-mark" aria-hidden="true">
            <HabitIcon name={finished ? 'check' : 'sparkle'} size={26} />
          </span>
          <h1 className="ob-h1" ref={headingRef} tabIndex={-1}>
            {finished ? i18n.t('onboarding.done.title') : i18n.t('onboarding.done.skippedTitle')}
          </h1>
          <p className="ob-lead">{finished ? i18n.t('onboarding.done.lead') : i18n.t('onboarding.done.skippedLead')}</p>
          <p className="ob-muted">{i18n.t('onboarding.done.again')}</p>
          <div className="ob-actions ob-actions-center">
            <a className="hb-btn hb-btn-primary" href={props.links.habits}>
              {i18n.t('onboarding.done.openHabits')}
            </a>
            <button type="button" className="hb-btn hb-btn-secondary" onClick={props.onCloseTab}>
              {i18n.t('onboarding.done.close')}
            </button>
          </div>
        </div>
      </Frame>
    );
  }

  const step = steps[view.index] ?? 'welcome';
  const last = view.index === steps.length - 1;
  const titles: Record<StepId, string> = {
    welcome: i18n.t('onboarding.welcome.title'),
    privacy: i18n.t('onboarding.privacy.title'),
    tool: i18n.t('onboarding.tool.title'),
    goal: i18n.t('onboarding.goal.title'),
    try: i18n.t('onboarding.try.title'),
  };

  const progress = (
      <nav className="ob-progress" aria-label={i18n.t('onboarding.progressLabel')}>
        <ol>
          {steps.map((s, i) => (
            <li
              key={s}
              data-state={i < view.index ? 'done' : i === view.index ? 'current' : 'todo'}
              aria-current={i === view.index ? 'step' : undefined}
            >
              <span className="ob-progress-dot" aria-hidden="true">
                {i < view.index ? <HabitIcon name="check" size={12} /> : i + 1}
              </span>
              <span className="ob-progress-name">{STEP_NAMES[s]()}</span>
            </li>
          ))}
        </ol>
      </nav>
  );

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    // Save what this step chose before moving on; a refusal keeps the employee here with the reason.
    if (step === 'tool' && toolId !== savedTool) {
      if (!(await run(() => props.onSaveTool(toolId)))) return;
      setSavedTool(toolId);
    }
    if (step === 'goal' && goal !== savedGoal) {
      if (!(await run(() => props.onSaveGoal({ weeklyGoalDays: goal })))) return;
      setSavedGoal(goal);
    }
    if (last) await complete('finished');
    else go({ kind: 'step', index: view.index + 1 });
  };

  return (
    <Frame
      progress={progress}
      onSkip={() => {
        if (!busy) void complete('skipped');
      }}
    >
      <form
        className={step === 'try' ? 'ob-card ob-card-wide' : 'ob-card'}
        onSubmit={(e) => void onSubmit(e)}
        aria-labelledby="ob-step-title"
      >
        <p className="ob-step-of">{i18n.t('onboarding.stepOf', { n: view.index + 1, total: steps.length })}</p>
        <h1 id="ob-step-title" className="ob-h1" ref={headingRef} tabIndex={-1}>
          {titles[step]}
        </h1>
        {props.loadError && view.index === 0 && (
          <div role="alert">
            <p className="hb-error">{i18n.t('errors.tourLoad')}</p>
            <TechnicalDetail detail={props.loadError} />
          </div>
        )}
        <div className="ob-body" data-step={step}>
          {step === 'welcome' && <WelcomeStep {...(mode === 'short' ? { company } : {})} />}
          {step === 'privacy' && <PrivacyStep sharingEnabled={props.sharingEnabled} sharingHref={props.links.sharing} />}
          {step === 'tool' && (
            <ToolStep
              tools={tools}
              fromCompany={props.toolsFromCompany}
              {...(props.companyToolId ? { companyChoice: props.companyToolId } : {})}
              value={toolId}
              onChange={setToolId}
            />
          )}
          {step === 'goal' && <GoalStep value={goal} onChange={setGoal} />}
          {step === 'try' && <TryStep sample={props.sample} tools={tools} toolId={toolId} onCopy={props.onCopy} />}
        </div>
        <p className="ob-error" role="alert">
          {error?.text}
        </p>
        <TechnicalDetail detail={error?.detail} />
        <div className="ob-actions">
          {view.index > 0 && (
            <button type="button" className="hb-btn hb-btn-secondary" onClick={() => go({ kind: 'step', index: view.index - 1 })}>
              {i18n.t('onboarding.back')}
            </button>
          )}
          <button type="submit" className="hb-btn hb-btn-primary ob-next" aria-disabled={busy || undefined}>
            {last ? i18n.t('onboarding.finish') : i18n.t('onboarding.next')}
            {!last && <span aria-hidden="true">→</span>}
          </button>
        </div>
      </form>
    </Frame>
  );
}

/** Header with the brand and, while the tour runs, "Skip tour" (always visible, first in tab order after the brand). */
function Frame({
  onSkip,
  progress,
  children,
}: {
  onSkip: (() => void) | undefined;
  progress?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="hb-root ob-page">
      <header className="ob-top">
        <div className="hb-brand">
          <span className="hb-logo">
            <HabitIcon name="sparkle" size={16} />
          </span>
          <span className="hb-brand-name">{i18n.t('extShortName')}</span>
        </div>
        {progress}
        {onSkip && (
          <button type="button" className="hb-btn ob-skip" onClick={onSkip} title={i18n.t('onboarding.skipHint')}>
            {i18n.t('onboarding.skip')}
          </button>
        )}
      </header>
      <main className="ob-main">{children}</main>
    </div>
  );
}
