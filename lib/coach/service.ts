/**
 * The background's brain, as a pure service with its dependencies passed in (the background
 * entrypoint binds them to chrome APIs; tests bind them to memory). It owns the employee's tip
 * state: only this service writes it, every content script asks by message.
 */
import { z } from 'zod';
import type { PageContext } from '../sites/types';
import { ReplyError, type PillOffer } from '../page-replies';
import { DEFAULT_LANG, type LocalizedTip, type Tip } from '../playbook/schema';
import { localize, localizeTip } from '../playbook/localize';
import { matchTips } from '../playbook/match';
import { applyTipEvent, emptyTipState, parseTipState, type TipState } from '../playbook/state';
import { localDay } from '../usage/day';
import {
  UsageEventInputSchema,
  isTipEvent,
  type UsageEvent,
  type UsageEventInput,
  type UsageSink,
} from '../usage/events';
import { approvedToolsFor, shadowAiNote, toolLaunch, type AiTool, type ToolLaunch } from '../policy/tools';
import { aiBlockedAt, notesFor } from '../policy/notes';
import type { Note, RedactRules } from '../policy/schema';
import type { PolicyView } from '../policy/service';
import type { KeyValueStore } from '../kv';

/** Storage keys (chrome.storage.local). */
export const STORAGE_KEYS = { tipState: 'tipState', prefs: 'prefs' } as const;

export const PrefsSchema = z.object({ toolId: z.string().min(1).max(64).optional() }).strict();
export type Prefs = z.infer<typeof PrefsSchema>;

export type { KeyValueStore } from '../kv';

export interface CoachDeps {
  store: KeyValueStore;
  sink: UsageSink;
  now(): Date;
  timeZone(): string;
  /** The policy in force and the playbook it implies (bundled + the org's tips). */
  policy(): Promise<PolicyView>;
  /**
   * The browser's UI language ("de-AT"): tip text is picked in it, English when a tip lacks it.
   * Absent: English.
   */
  uiLanguage?(): string;
  /** Tracking paused by the employee: nothing new goes into the usage log (tips still work). */
  trackingPaused?(): Promise<boolean>;
  /** Problems found while reading stored state: reported, never fatal. */
  warn?(message: string): void;
}

export interface CoachTips {
  /** Ranked, with their text in the employee's language. */
  tips: LocalizedTip[];
  tools: AiTool[];
  toolId: string;
  /** Permission notes covering this page, strictest first. */
  notes: Note[];
  /** What to take out of prompts before they leave the page. */
  redact: RedactRules;
  orgName?: string;
}

/** What a page visit gets: the pill's offer and the notes that cover the page. */
export interface VisitAnswer {
  offer: PillOffer | null;
  notes: Note[];
}

export class CoachService {
  /** Cached state; `null` until first read. Reloaded when the worker restarts. */
  private state: TipState | null = null;
  private prefs: Prefs | null = null;
  /** Writes are chained so two messages arriving together never lose an update. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: CoachDeps) {}

  /** Drop cached state (after everything was deleted). */
  forget(): void {
    this.state = null;
    this.prefs = null;
  }

  /**
   * A page visit: is there a tip to offer, and which permission notes cover the page? The offered
   * tip is recorded as shown (it counts towards the daily cap). An app the policy switched off gets
   * nothing at all (the kill switch). Resolves once that bookkeeping is committed.
   */
  async visit(context: PageContext): Promise<VisitAnswer> {
    const { answer, committed } = this.visitEarly(context);
    await committed;
    return answer;
  }

  /**
   * `visit`, with the answer available before the bookkeeping is committed: the router replies to
   * the page with it at once (the tip must show within 100 ms of an SPA navigation, and two
   * IndexedDB transactions plus a storage write don't fit). This is no acknowledgement: the page
   * sent no event, the record-visit count, the tip_shown event and the tip state are the
   * background's own. They stay in the serial queue, so every later message sees them committed;
   * a failure to store them is reported (warn) and no longer turns the reply into an error.
   */
  visitEarly(context: PageContext): { answer: Promise<VisitAnswer>; committed: Promise<void> } {
    let give: (answer: VisitAnswer) => void = () => undefined;
    const early = new Promise<VisitAnswer>((resolve) => (give = resolve));
    const committed = this.serial(async () => {
      const policy = (await this.deps.policy()).resolved.policy;
      if (policy.disabledApps.includes(context.app)) {
        give({ offer: null, notes: [] });
        return;
      }
      const notes = notesFor(context, policy.notes);
      const tips = await this.match(context);
      const top = tips[0];
      const offer = top ? { tipId: top.id, title: localize(top.title, this.language()), count: tips.length } : null;
      give({ offer, notes });
      // Matching read the state before this visit, as before: the bookkeeping can't change the answer.
      if (context.recordId && !(await this.paused())) {
        await this.deps.sink.countVisit(this.day(this.deps.now()), context.app, context.page);
      }
      if (top) await this.apply({ type: 'tip_shown', app: context.app, page: context.page, tipId: top.id });
    });
    committed.catch((e: unknown) => this.deps.warn?.(`Visit not recorded: ${e instanceof Error ? e.message : String(e)}`));
    // A failure before the answer was given fails the answer too.
    const answer = Promise.race([early, committed.then(() => early)]);
    return { answer, committed };
  }

  /** The ranked tips for the card, the tools to offer, the notes and the redaction rules. */
  tipsFor(context: PageContext): Promise<CoachTips> {
    return this.serial(async () => {
      const policy = (await this.deps.policy()).resolved.policy;
      const lang = this.language();
      const tips = (await this.match(context)).map((t) => localizeTip(t, lang));
      const tools = approvedToolsFor(policy);
      const prefs = await this.loadPrefs();
      const tool = tools.find((t) => t.id === prefs.toolId) ?? tools[0];
      if (!tool) throw new Error('No AI tool is configured');
      return {
        tips,
        tools,
        toolId: tool.id,
        notes: policy.disabledApps.includes(context.app) ? [] : notesFor(context, policy.notes),
        redact: policy.redact,
        ...(policy.orgName ? { orgName: policy.orgName } : {}),
      };
    });
  }

  /** On a known AI tool the company didn't approve: the approved one to point to, else null. */
  async shadowNote(hostname: string): Promise<{ toolName: string; approvedName: string; approvedUrl: string } | null> {
    const note = shadowAiNote((await this.deps.policy()).resolved.policy, hostname);
    return note ? { toolName: note.toolName, approvedName: note.approved.name, approvedUrl: note.approved.url } : null;
  }

  /** Validates, stamps and commits an event; resolves only once it is stored. */
  record(raw: unknown): Promise<UsageEvent> {
    const parsed = UsageEventInputSchema.safeParse(raw);
    if (!parsed.success) {
      return Promise.reject(new Error(`Invalid usage event: ${z.prettifyError(parsed.error)}`));
    }
    return this.serial(() => this.apply(parsed.data));
  }

  /**
   * Builds the launch URL for an approved tool; unknown ids are refused, and so is every page in
   * `pages` a "blocked" note covers (the policy in force now, not the one the card loaded with).
   * Remembers the choice only when it opens.
   */
  openTool(toolId: string, prompt: string, pages: readonly PageContext[]): Promise<ToolLaunch> {
    return this.serial(async () => {
      const policy = (await this.deps.policy()).resolved.policy;
      const blocked = aiBlockedAt(pages, policy.notes);
      if (blocked) throw new ReplyError('refused', `ai:open: AI is blocked here by policy note "${blocked.id}"`, 'blocked');
      const tools = approvedToolsFor(policy);
      const tool = tools.find((t) => t.id === toolId);
      if (!tool) throw new Error(`Unknown or unapproved AI tool "${toolId}"`);
      await this.savePrefs({ toolId });
      return toolLaunch(tool, prompt);
    });
  }

  /** Forgets the tool the card remembered, so the policy's preferred tool (the employee's own choice first) leads. */
  forgetToolChoice(): Promise<void> {
    return this.serial(async () => {
      const { toolId: _remembered, ...rest } = await this.loadPrefs();
      await this.deps.store.set(STORAGE_KEYS.prefs, rest);
      this.prefs = rest;
    });
  }

  setTool(toolId: string): Promise<void> {
    return this.serial(async () => {
      const tools = approvedToolsFor((await this.deps.policy()).resolved.policy);
      if (!tools.some((t) => t.id === toolId)) throw new Error(`Unknown AI tool "${toolId}"`);
      await this.savePrefs({ toolId });
    });
  }

  private async match(context: PageContext): Promise<Tip[]> {
    const { resolved, playbook } = await this.deps.policy();
    const policy = resolved.policy;
    if (policy.disabledApps.includes(context.app)) return [];
    const state = await this.loadState();
    const now = this.deps.now();
    return matchTips(context, playbook, state, {
      now,
      day: this.day(now),
      caps: policy.caps,
      disabledTips: policy.disabledTips,
    });
  }

  private async apply(input: UsageEventInput): Promise<UsageEvent> {
    const now = this.deps.now();
    const day = this.day(now);
    const stamp = { at: now.toISOString(), timeZone: this.deps.timeZone(), day };
    // The minutes come from our own playbook, never from the page.
    const minutes =
      input.type === 'marked_used' && 'tipId' in input
        ? (await this.deps.policy()).playbook.find((t) => t.id === input.tipId)?.minutesSaved
        : undefined;
    const event: UsageEvent = { ...input, ...stamp, ...(minutes ? { minutesSaved: minutes } : {}) };
    // Event first, then state: an acknowledged event is always committed.
    if (!(await this.paused())) await this.deps.sink.record(event);
    if (isTipEvent(input)) {
      const state = await this.loadState();
      const caps = (await this.deps.policy()).resolved.policy.caps;
      const next = applyTipEvent(state, input, now, day, caps);
      if (next !== state) {
        await this.deps.store.set(STORAGE_KEYS.tipState, next);
        this.state = next;
      }
    }
    return event;
  }

  private language(): string {
    return this.deps.uiLanguage?.() ?? DEFAULT_LANG;
  }

  private async paused(): Promise<boolean> {
    return (await this.deps.trackingPaused?.()) ?? false;
  }

  private day(now: Date): string {
    return localDay(now, this.deps.timeZone());
  }

  private async loadState(): Promise<TipState> {
    if (this.state) return this.state;
    const raw = await this.deps.store.get(STORAGE_KEYS.tipState);
    if (raw === undefined) {
      this.state = emptyTipState();
    } else {
      const { state, problems } = parseTipState(raw);
      for (const p of problems) this.deps.warn?.(`Stored tip state: ${p}`);
      this.state = state;
    }
    return this.state;
  }

  private async loadPrefs(): Promise<Prefs> {
    if (this.prefs) return this.prefs;
    const parsed = PrefsSchema.safeParse((await this.deps.store.get(STORAGE_KEYS.prefs)) ?? {});
    if (!parsed.success) this.deps.warn?.(`Stored preferences ignored: ${z.prettifyError(parsed.error)}`);
    this.prefs = parsed.success ? parsed.data : {};
    return this.prefs;
  }

  private async savePrefs(patch: Prefs): Promise<void> {
    const next = { ...(await this.loadPrefs()), ...patch };
    await this.deps.store.set(STORAGE_KEYS.prefs, next);
    this.prefs = next;
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
