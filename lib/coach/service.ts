/**
 * The background's brain, as a pure service with its dependencies passed in (the background
 * entrypoint binds them to chrome APIs; tests bind them to memory). It owns the employee's tip
 * state: only this service writes it, every content script asks by message.
 */
import { z } from 'zod';
import type { PageContext } from '../sites/types';
import type { PillOffer } from '../messages';
import type { Tip } from '../playbook/schema';
import { matchTips } from '../playbook/match';
import { applyTipEvent, emptyTipState, parseTipState, DEFAULT_CAPS, type TipState } from '../playbook/state';
import { localDay } from '../usage/day';
import {
  UsageEventInputSchema,
  isTipEvent,
  type UsageEvent,
  type UsageEventInput,
  type UsageSink,
} from '../usage/events';
import { toolLaunch, type AiTool, type ToolLaunch } from '../policy/tools';
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
  /** The playbook in force (bundled + policy, validated). */
  tips(): readonly Tip[];
  /** Approved AI tools in force, at least one. */
  tools(): readonly AiTool[];
  /** Tracking paused by the employee: nothing new goes into the usage log (tips still work). */
  trackingPaused?(): Promise<boolean>;
  /** Problems found while reading stored state: reported, never fatal. */
  warn?(message: string): void;
}

export interface CoachTips {
  tips: Tip[];
  tools: AiTool[];
  toolId: string;
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

  /** Is there a tip to offer on this page? Records it as shown (it counts towards the daily cap). */
  offer(context: PageContext): Promise<PillOffer | null> {
    return this.serial(async () => {
      if (context.recordId && !(await this.paused())) {
        await this.deps.sink.countVisit(this.day(this.deps.now()), context.app, context.page);
      }
      const tips = await this.match(context);
      const top = tips[0];
      if (!top) return null;
      await this.apply({ type: 'tip_shown', app: context.app, page: context.page, tipId: top.id });
      return { tipId: top.id, title: top.title, count: tips.length };
    });
  }

  /** The ranked tips for the card, and the tools to offer. */
  tipsFor(context: PageContext): Promise<CoachTips> {
    return this.serial(async () => {
      const tips = await this.match(context);
      const tools = [...this.deps.tools()];
      const prefs = await this.loadPrefs();
      const tool = tools.find((t) => t.id === prefs.toolId) ?? tools[0];
      if (!tool) throw new Error('No AI tool is configured');
      return { tips, tools, toolId: tool.id };
    });
  }

  /** Validates, stamps and commits an event; resolves only once it is stored. */
  record(raw: unknown): Promise<UsageEvent> {
    const parsed = UsageEventInputSchema.safeParse(raw);
    if (!parsed.success) {
      return Promise.reject(new Error(`Invalid usage event: ${z.prettifyError(parsed.error)}`));
    }
    return this.serial(() => this.apply(parsed.data));
  }

  /** Builds the launch URL for an approved tool; unknown ids are refused. Remembers the choice. */
  openTool(toolId: string, prompt: string): Promise<ToolLaunch> {
    return this.serial(async () => {
      const tool = this.deps.tools().find((t) => t.id === toolId);
      if (!tool) throw new Error(`Unknown or unapproved AI tool "${toolId}"`);
      await this.savePrefs({ toolId });
      return toolLaunch(tool, prompt);
    });
  }

  setTool(toolId: string): Promise<void> {
    return this.serial(async () => {
      if (!this.deps.tools().some((t) => t.id === toolId)) throw new Error(`Unknown AI tool "${toolId}"`);
      await this.savePrefs({ toolId });
    });
  }

  private async match(context: PageContext): Promise<Tip[]> {
    const state = await this.loadState();
    const now = this.deps.now();
    return matchTips(context, this.deps.tips(), state, { now, day: this.day(now), caps: DEFAULT_CAPS });
  }

  private async apply(input: UsageEventInput): Promise<UsageEvent> {
    const now = this.deps.now();
    const day = this.day(now);
    const stamp = { at: now.toISOString(), timeZone: this.deps.timeZone(), day };
    // The minutes come from our own playbook, never from the page.
    const minutes =
      input.type === 'marked_used' && 'tipId' in input
        ? this.deps.tips().find((t) => t.id === input.tipId)?.minutesSaved
        : undefined;
    const event: UsageEvent = { ...input, ...stamp, ...(minutes ? { minutesSaved: minutes } : {}) };
    // Event first, then state: an acknowledged event is always committed.
    if (!(await this.paused())) await this.deps.sink.record(event);
    if (isTipEvent(input)) {
      const state = await this.loadState();
      const next = applyTipEvent(state, input, now, day, DEFAULT_CAPS);
      if (next !== state) {
        await this.deps.store.set(STORAGE_KEYS.tipState, next);
        this.state = next;
      }
    }
    return event;
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
