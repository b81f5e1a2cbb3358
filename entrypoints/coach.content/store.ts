/** UI state of the card, one store per frame (zustand: React reads it, the glue writes it). */
import { createStore } from 'zustand/vanilla';
import type { RedactionCount } from '@/components/TipCard';
import type { PageContext } from '@/lib/sites/types';
import type { LocalizedTip } from '@/lib/playbook/schema';
import { DEFAULT_REDACT, type Note, type RedactRules } from '@/lib/policy/schema';
import type { AiTool } from '@/lib/policy/tools';

export interface CoachState {
  open: boolean;
  context: PageContext | null;
  /** Record name read from document.title; stays in this page. */
  recordName: string | undefined;
  /** Already in the employee's language (the background picks it). */
  tips: LocalizedTip[];
  tools: AiTool[];
  toolId: string;
  /** Permission notes covering the page, strictest first. */
  notes: Note[];
  /** The policy's redaction rules, applied to prompts before they leave the page. */
  redact: RedactRules;
  orgName: string | undefined;
  /** Per tip id: what redaction took out of the prompt at its last copy / open (this opening). */
  sentRedactions: Readonly<Record<string, readonly RedactionCount[]>>;
  /** Random id of this opening of the card: uses in one sitting count once. */
  viewId: string;
  /** Bumped on every open, so the card remounts (and takes focus) only when the user opens it. */
  openCount: number;
  /** The tips could not be loaded: the card shows a generic message (the detail goes to the console). */
  loadFailed: boolean;
}

export const createCoachStore = () =>
  createStore<CoachState>(() => ({
    open: false,
    context: null,
    recordName: undefined,
    tips: [],
    tools: [],
    toolId: '',
    notes: [],
    redact: { ...DEFAULT_REDACT, patterns: [] },
    orgName: undefined,
    sentRedactions: {},
    viewId: '',
    openCount: 0,
    loadFailed: false,
  }));

export type CoachStore = ReturnType<typeof createCoachStore>;
