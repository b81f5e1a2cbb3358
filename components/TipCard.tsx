import { i18n } from '#i18n';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import type { NoteView } from '../lib/messages';
import type { Gap, Level } from '../lib/playbook/schema';
import { safeLink } from '../lib/policy/notes';
import type { AiTool } from '../lib/policy/tools';
import { Icon } from './icons';
import type { IconName } from './icons';
import { NOTE_LEVEL_UI, noteLevelLabel, type BadgeLevel } from './note-badge';

/** Values of one kind taken out of a prompt before it left the page ("email", 2). */
export interface RedactionCount {
  /** "email", "phone", "card", "iban", or a custom pattern's name. */
  rule: string;
  count: number;
}

export interface CardTip {
  id: string;
  title: string;
  why: string;
  prompt: string;
  gap: Gap;
  minutesSaved: number;
  level: Level;
  /** What redaction replaced in this tip's prompt (filled in, and at the last copy / open). */
  redactions?: readonly RedactionCount[];
}

/**
 * What "Open in …" did. copied: the prompt was put on the clipboard because the tool can't be
 * prefilled. blocked: nothing was opened, the company's policy doesn't allow AI on this page.
 */
export type OpenResult = { copied: boolean } | { blocked: true };

export interface TipCardProps {
  tips: readonly CardTip[]; // ranked, >= 1; prompt already filled from the page
  appLabel: string; // "Salesforce"
  contextLabel?: string; // e.g. "Opportunity · Acme Renewal"
  tools: readonly AiTool[]; // >= 1 approved AI tools
  toolId: string; // the selected tool
  onToolChange(toolId: string): void;
  onTipViewed?(tip: CardTip): void; // a tip became visible in the card (first one on mount, then on flipping)
  onCopy(tip: CardTip, prompt: string): Promise<boolean>; // resolves true when copied
  onOpen(tip: CardTip, prompt: string, tool: AiTool): Promise<OpenResult>;
  onMarkUsed(tip: CardTip): void;
  onNotNow(tip: CardTip): void;
  onDontShow(tip: CardTip): void;
  onSnoozeApp(): void;
  onClose(): void;
  /** Permission notes covering the page, strictest first: shown as text at the top of the card. */
  notes?: readonly NoteView[];
  /** Company name for the notes' heading ("Acme Bank policy"). */
  orgName?: string;
  /** Set when a note blocks AI here: the AI actions are disabled and this reason is shown. */
  blockedReason?: string;
  /** One tap on "Was this helpful?" (at most once per tip per card opening). */
  onFeedback?(tip: CardTip, helpful: boolean): void;
}

/**
 * Short human names for the four gaps, in the browser's language; the chip tells the employee what kind
 * of help this is. Getters: a message is looked up when it is shown, not when the module loads.
 */
export const GAP_LABELS: Readonly<Record<Gap, string>> = {
  get clarity() {
    return i18n.t('card.gap.clarity');
  },
  get skill() {
    return i18n.t('card.gap.skill');
  },
  get confidence() {
    return i18n.t('card.gap.confidence');
  },
  get permission() {
    return i18n.t('card.gap.permission');
  },
};

/** The status line after a failed copy. */
export const copyFailedText = (): string => i18n.t('card.status.copyFailed');

/** Human names for the built-in redaction rules, counted ("2 e-mail addresses"). */
const REDACTION_NAMES: Readonly<Record<string, (count: number) => string>> = {
  email: (n) => i18n.t('card.redaction.email', n),
  phone: (n) => i18n.t('card.redaction.phone', n),
  card: (n) => i18n.t('card.redaction.card', n),
  iban: (n) => i18n.t('card.redaction.iban', n),
};

/** "2 e-mail addresses, 1 card number, 1 × account" (custom patterns by their name). */
export function describeRedactions(list: readonly RedactionCount[]): string {
  return list
    .filter((r) => r.count > 0)
    .map((r) => {
      const name = Object.hasOwn(REDACTION_NAMES, r.rule) ? REDACTION_NAMES[r.rule] : undefined;
      return name ? name(r.count) : `${r.count} × ${r.rule}`;
    })
    .join(', ');
}

/** Thumbs for "Was this helpful?" (SVG, not emoji: emoji fonts are missing on some desktops). */
const THUMB_UP_PATH = 'M7 11v9H4v-9h3zM7 11l4-8c1.7 0 2.6 1 2.3 2.7L12.8 9H19a2 2 0 0 1 2 2.3l-1.2 6.9A2 2 0 0 1 17.8 20H7';
const THUMB_DOWN_PATH =
  'M7 13V4H4v9h3zM7 13l4 8c1.7 0 2.6-1 2.3-2.7L12.8 15H19a2 2 0 0 0 2-2.3l-1.2-6.9A2 2 0 0 0 17.8 4H7';

/** A stroked 24×24 path drawn like Icon (decorative: the control or text carries the meaning). */
function PathIcon({ d, size = 16 }: { d: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden
      focusable={false}
      className="lm-icon"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}

/** The level's icon (decorative: the text says the level). */
function LevelIcon({ level, size = 16 }: { level: BadgeLevel; size?: number }) {
  return <PathIcon d={NOTE_LEVEL_UI[level]} size={size} />;
}

type Tone = 'ok' | 'warn' | 'info';
/** A status line belongs to the tip it was about, so flipping tips hides it without an effect. */
interface Status {
  tipId: string;
  tone: Tone;
  text: string;
}
const TONE_ICON: Record<Tone, IconName> = { ok: 'check', warn: 'alert', info: 'info' };

/**
 * The "Where AI fits here" card. Presentational: everything that touches the clipboard, tabs or storage
 * happens in the callbacks. Not modal: the page stays usable, so there is no focus trap.
 */
export function TipCard({
  tips,
  appLabel,
  contextLabel,
  tools,
  toolId,
  onToolChange,
  onTipViewed,
  onCopy,
  onOpen,
  onMarkUsed,
  onNotNow,
  onDontShow,
  onSnoozeApp,
  onClose,
  notes,
  orgName,
  blockedReason,
  onFeedback,
}: TipCardProps) {
  const uid = useId();
  const ids = {
    title: `${uid}title`,
    tipTitle: `${uid}tip`,
    prompt: `${uid}prompt`,
    hint: `${uid}hint`,
    tool: `${uid}tool`,
    note: `${uid}note`,
    notes: `${uid}notes`,
    blocked: `${uid}blocked`,
    redacted: `${uid}redacted`,
  };
  const rootRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const busyRef = useRef(false);
  const lastViewedRef = useRef<string | undefined>(undefined);

  // Track the shown tip by id so a re-ranked `tips` prop keeps the same tip on screen.
  const [currentId, setCurrentId] = useState(tips[0]?.id);
  const index = Math.max(0, tips.findIndex((t) => t.id === currentId));
  const tip = tips[index];

  // Edited prompts, per tip id, for as long as the card is open.
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [used, setUsed] = useState<ReadonlySet<string>>(() => new Set());
  // After a copy/open, nudge towards "I used AI for this" for that tip.
  const [nudgedId, setNudgedId] = useState<string | null>(null);
  // "Was this helpful?" answers, per tip id, for this opening of the card.
  const [feedback, setFeedback] = useState<Readonly<Record<string, boolean>>>({});
  const blocked = blockedReason !== undefined && blockedReason.trim() !== '';

  // Local echo of the tool choice so the select responds at once even if the parent persists it asynchronously;
  // a new `toolId` prop still wins.
  const [chosenToolId, setChosenToolId] = useState(toolId);
  const [toolProp, setToolProp] = useState(toolId);
  if (toolProp !== toolId) {
    setToolProp(toolId);
    setChosenToolId(toolId);
  }
  const tool = tools.find((t) => t.id === chosenToolId) ?? tools[0];

  // Focus only on mount: the card opens because the user just activated the pill. Never again afterwards.
  useEffect(() => {
    headRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!tip || lastViewedRef.current === tip.id) return;
    lastViewedRef.current = tip.id;
    onTipViewed?.(tip);
  }, [tip, onTipViewed]);

  const shownIdRef = useRef(tip?.id);
  useLayoutEffect(() => {
    shownIdRef.current = tip?.id;
  });

  if (!tip) return null;

  const draft = drafts[tip.id];
  const prompt = draft ?? tip.prompt;
  const edited = draft !== undefined && draft !== tip.prompt;
  const isUsed = used.has(tip.id);
  const shownStatus = status?.tipId === tip.id ? status : null;
  const context = contextLabel ? `${appLabel} · ${contextLabel}` : appLabel;
  const many = tips.length > 1;
  const redacted = describeRedactions(tip.redactions ?? []);
  const given = Object.hasOwn(feedback, tip.id) ? feedback[tip.id] : undefined;
  // Disabled AI actions stay focusable and say why (aria-disabled + the reason as description).
  const blockedProps = blocked ? { 'aria-disabled': true, 'aria-describedby': ids.blocked } : {};

  const report = (tipId: string, tone: Tone, text: string): void => setStatus({ tipId, tone, text });

  /** After a failed copy, pre-select the prompt so Ctrl+C just works — but only if focus is still in the card. */
  const selectPromptIfFocusInside = (tipId: string): void => {
    const root = rootRef.current;
    const area = textareaRef.current;
    if (!root || !area || shownIdRef.current !== tipId) return;
    const scope = root.getRootNode();
    const active = scope instanceof Document || scope instanceof ShadowRoot ? scope.activeElement : null;
    if (!active || !root.contains(active)) return;
    area.focus();
    area.select();
  };

  const copy = async (): Promise<void> => {
    if (busyRef.current || blocked) return;
    const t = tip;
    if (!prompt.trim()) return report(t.id, 'warn', i18n.t('card.status.empty'));
    busyRef.current = true;
    let ok = false;
    try {
      ok = await onCopy(t, prompt);
    } catch {
      ok = false;
    } finally {
      busyRef.current = false;
    }
    if (ok) {
      report(t.id, 'ok', i18n.t('card.status.copied'));
      setNudgedId(t.id);
    } else {
      report(t.id, 'warn', copyFailedText());
      selectPromptIfFocusInside(t.id);
    }
  };

  const open = async (): Promise<void> => {
    if (busyRef.current || !tool || blocked) return;
    const t = tip;
    if (!prompt.trim()) return report(t.id, 'warn', i18n.t('card.status.empty'));
    busyRef.current = true;
    let result: OpenResult | null = null;
    try {
      result = await onOpen(t, prompt, tool);
    } catch {
      result = null;
    } finally {
      busyRef.current = false;
    }
    const named = { tool: tool.name };
    if (!result) return report(t.id, 'warn', i18n.t('card.status.openFailed', named));
    if ('blocked' in result) return report(t.id, 'warn', i18n.t('card.status.openBlocked', named));
    setNudgedId(t.id);
    if (result.copied) return report(t.id, 'ok', i18n.t('card.status.copiedPaste', named));
    if (!tool.prefill) {
      // The tool opened empty and the clipboard failed: say so rather than claim a copy.
      report(t.id, 'warn', i18n.t('card.status.openedNoCopy', named));
      return selectPromptIfFocusInside(t.id);
    }
    report(t.id, 'ok', i18n.t('card.status.opened', named));
  };

  const markUsed = (): void => {
    if (isUsed || blocked) return;
    setUsed((prev) => new Set(prev).add(tip.id));
    report(tip.id, 'ok', i18n.t('card.status.logged'));
    onMarkUsed(tip);
  };

  const flip = (delta: number): void => {
    const next = tips[(index + delta + tips.length) % tips.length];
    if (next) setCurrentId(next.id);
  };

  const editPrompt = (e: ChangeEvent<HTMLTextAreaElement>): void => {
    const value = e.target.value;
    setDrafts((d) => ({ ...d, [tip.id]: value }));
  };

  const resetPrompt = (): void => {
    setDrafts((d) => {
      const rest = { ...d };
      delete rest[tip.id];
      return rest;
    });
    textareaRef.current?.focus();
  };

  const rate = (helpful: boolean): void => {
    if (given !== undefined) return;
    setFeedback((f) => ({ ...f, [tip.id]: helpful }));
    onFeedback?.(tip, helpful);
  };

  const chooseTool = (e: ChangeEvent<HTMLSelectElement>): void => {
    // Controlled: ignoring the change keeps the current tool selected.
    if (blocked) return;
    setChosenToolId(e.target.value);
    onToolChange(e.target.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    // Escape while an IME is composing cancels the composition, not the card.
    if (e.key !== 'Escape' || e.nativeEvent.isComposing || e.defaultPrevented) return;
    // Keep the page's own Escape handlers (closing its modals...) out of it.
    e.stopPropagation();
    onClose();
  };

  return (
    <div
      ref={rootRef}
      className="lm-card"
      role="dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.tipTitle}
      onKeyDown={onKeyDown}
    >
      <div ref={headRef} className="lm-head" tabIndex={-1}>
        <span className="lm-mark">
          <Icon name="sparkle" />
        </span>
        <div className="lm-head-text">
          <div id={ids.title} className="lm-head-title">
            {i18n.t('card.title')}
          </div>
          <div className="lm-context" title={context}>
            {context}
          </div>
        </div>
        <button
          type="button"
          className="lm-icon-btn"
          aria-label={i18n.t('common.close')}
          title={i18n.t('card.closeHint')}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </div>

      <div className="lm-body">
        {notes && notes.length > 0 && (
          <div className="lm-notes" role="group" aria-labelledby={ids.notes}>
            <div id={ids.notes} className="lm-notes-head">
              {orgName ? i18n.t('card.policyOrg', { org: orgName }) : i18n.t('card.policyCompany')}
            </div>
            <ul className="lm-notes-list">
              {notes.map((n) => {
                const href = safeLink(n.link);
                return (
                  <li key={n.id} className="lm-callout" data-level={n.level}>
                    <LevelIcon level={n.level} />
                    <span>
                      <strong>{i18n.t('note.levelPrefix', { level: noteLevelLabel(n.level) })}</strong> {n.text}
                      {href && (
                        <>
                          {' '}
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {i18n.t('common.readRule')}
                            <span className="lm-sr"> {i18n.t('common.newTab')}</span>
                          </a>
                        </>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <h2 id={ids.tipTitle} className="lm-title">
          {tip.title}
        </h2>
        <p className="lm-why">{tip.why}</p>
        <ul className="lm-chips" aria-label={i18n.t('card.aboutTip')}>
          <li className={`lm-chip lm-gap-${tip.gap}`}>
            <span className="lm-chip-dot" aria-hidden="true" />
            {GAP_LABELS[tip.gap]}
          </li>
          {tip.minutesSaved > 0 && (
            <li className="lm-chip">
              <span aria-hidden="true">{i18n.t('card.minutesShort', { minutes: tip.minutesSaved })}</span>
              <span className="lm-sr">{i18n.t('card.minutesLong', tip.minutesSaved)}</span>
            </li>
          )}
        </ul>

        <div className="lm-prompt">
          <div className="lm-prompt-head">
            <label htmlFor={ids.prompt} className="lm-label">
              {i18n.t('card.prompt')}
            </label>
            <span id={ids.hint} className="lm-hint">
              {i18n.t('card.filledIn')}
            </span>
            {edited && (
              // Seen: "Reset"; heard: "Reset prompt" (which contains the seen word in every language).
              <button type="button" className="lm-reset" onClick={resetPrompt}>
                <span aria-hidden="true">{i18n.t('card.reset')}</span>
                <span className="lm-sr">{i18n.t('card.resetPrompt')}</span>
              </button>
            )}
          </div>
          <textarea
            ref={textareaRef}
            id={ids.prompt}
            className="lm-textarea"
            rows={7}
            value={prompt}
            onChange={editPrompt}
            aria-describedby={redacted ? `${ids.hint} ${ids.redacted}` : ids.hint}
          />
          {redacted && (
            <p id={ids.redacted} className="lm-redacted">
              <Icon name="check" size={14} />
              <span>{i18n.t('card.removed', { list: redacted })}</span>
            </p>
          )}
          {tools.length > 1 && tool && (
            <div className="lm-tool">
              <label htmlFor={ids.tool}>{i18n.t('card.aiTool')}</label>
              <span className="lm-select-wrap">
                <select id={ids.tool} className="lm-select" value={tool.id} onChange={chooseTool} {...blockedProps}>
                  {tools.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
                <Icon name="down" size={14} />
              </span>
            </div>
          )}
        </div>

        {blocked && (
          <p id={ids.blocked} className="lm-callout lm-blocked" data-level="blocked">
            <LevelIcon level="blocked" />
            <span>
              <strong>{i18n.t('card.blocked')}</strong> {blockedReason}
            </span>
          </p>
        )}
        <div className="lm-actions">
          {tool && (
            <button
              type="button"
              className="lm-btn lm-primary"
              onClick={() => void open()}
              aria-describedby={tool.prefill ? undefined : ids.note}
              {...blockedProps}
            >
              <Icon name="external" />
              <span>{i18n.t('card.openIn', { tool: tool.name })}</span>
            </button>
          )}
          <button type="button" className="lm-btn lm-secondary" onClick={() => void copy()} {...blockedProps}>
            <Icon name="copy" />
            <span>{i18n.t('card.copyPrompt')}</span>
          </button>
        </div>
        {tool && !tool.prefill && !blocked && (
          <p id={ids.note} className="lm-note">
            <Icon name="info" size={14} />
            <span>{i18n.t('card.noPrefill', { tool: tool.name })}</span>
          </p>
        )}

        {/* Always rendered: a live region must exist before its text changes to be announced. */}
        <div className="lm-status" role="status" aria-live="polite" data-tone={shownStatus?.tone}>
          {shownStatus && (
            <>
              <Icon name={TONE_ICON[shownStatus.tone]} />
              <span>{shownStatus.text}</span>
            </>
          )}
        </div>

        <div className="lm-row">
          <button
            type="button"
            className="lm-ghost"
            onClick={markUsed}
            aria-disabled={isUsed || blocked || undefined}
            aria-describedby={blocked ? ids.blocked : undefined}
            data-blocked={blocked ? 'true' : undefined}
            data-nudge={!isUsed && !blocked && nudgedId === tip.id ? 'true' : undefined}
          >
            <Icon name="check" />
            {isUsed ? i18n.t('card.usedDone') : i18n.t('card.used')}
          </button>
          {many && (
            <div className="lm-pager" role="group" aria-label={i18n.t('card.moreIdeas')}>
              <button
                type="button"
                className="lm-icon-btn"
                aria-label={i18n.t('card.previous')}
                title={i18n.t('card.previous')}
                onClick={() => flip(-1)}
              >
                <Icon name="prev" />
              </button>
              <span className="lm-count" aria-live="polite" aria-atomic="true">
                <span aria-hidden="true">{i18n.t('card.position', { n: index + 1, total: tips.length })}</span>
                <span className="lm-sr">{i18n.t('card.positionLong', { n: index + 1, total: tips.length })}</span>
              </span>
              <button type="button" className="lm-ghost lm-next" onClick={() => flip(1)}>
                {i18n.t('card.another')}
                <Icon name="next" />
              </button>
            </div>
          )}
        </div>
        {onFeedback && (
          <div className="lm-feedback" role="group" aria-label={i18n.t('card.helpfulQuestion')}>
            <span aria-live="polite">{given === undefined ? i18n.t('card.helpfulQuestion') : i18n.t('card.thanks')}</span>
            <button
              type="button"
              className="lm-fb"
              aria-label={i18n.t('card.helpful')}
              aria-pressed={given === true}
              aria-disabled={given !== undefined || undefined}
              onClick={() => rate(true)}
            >
              <PathIcon d={THUMB_UP_PATH} />
            </button>
            <button
              type="button"
              className="lm-fb"
              aria-label={i18n.t('card.notHelpful')}
              aria-pressed={given === false}
              aria-disabled={given !== undefined || undefined}
              onClick={() => rate(false)}
            >
              <PathIcon d={THUMB_DOWN_PATH} />
            </button>
          </div>
        )}
      </div>

      <div className="lm-foot">
        <button type="button" className="lm-quiet" onClick={() => onNotNow(tip)}>
          {i18n.t('card.notNow')}
        </button>
        <button type="button" className="lm-quiet" onClick={() => onDontShow(tip)}>
          {i18n.t('card.dontShow')}
        </button>
        <button type="button" className="lm-quiet" onClick={onSnoozeApp}>
          {i18n.t('card.snooze', { app: appLabel })}
        </button>
      </div>
    </div>
  );
}
