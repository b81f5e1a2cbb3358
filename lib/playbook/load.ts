import type { z } from 'zod';
import { BUNDLED_TIPS } from './bundled';
import { MAX_PLAYBOOK_TIPS, TipSchema, type Tip } from './schema';

export { MAX_PLAYBOOK_TIPS };
/** Most problems reported for one entry: enough to fix it, not a wall of text. */
const MAX_ERRORS_PER_TIP = 10;

/** One rejected tip (or the whole playbook, when `index` is -1 and `field` is "(root)"). */
export interface PlaybookError {
  /** Position in the playbook array, from 0; -1 for the playbook itself. */
  index: number;
  /** The entry's id, when it had a readable one. */
  tipId?: string;
  /** Dotted path of the field ("prompt", "where.app", "tags.2"); "(tip)" for the entry as a whole. */
  field: string;
  message: string;
}

function readableId(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  const id: unknown = entry.id;
  if (typeof id !== 'string') return undefined;
  // Shown in messages: keep it short and printable.
  const clean = id.replace(/[^\x20-\x7e]/g, '').slice(0, 64);
  return clean.length > 0 ? clean : undefined;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

function issueToErrors(issue: z.core.$ZodIssue, index: number, tipId: string | undefined): PlaybookError[] {
  const base = { index, ...(tipId !== undefined ? { tipId } : {}) };
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => ({
      ...base,
      field: path ? `${path}.${k}` : k,
      message: 'is not a tip field (check the spelling)',
    }));
  }
  const field = path || '(tip)';
  // zod says "Invalid input: expected string, received undefined" for a missing field.
  const message =
    issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? 'is required' : issue.message;
  return [{ ...base, field, message }];
}

/**
 * Validate a playbook (e.g. the company's custom tips). Each invalid entry is rejected with errors
 * naming its id and field; the valid rest loads. A repeated id: the later tip is rejected.
 */
export function parsePlaybook(input: unknown): { tips: Tip[]; errors: PlaybookError[] } {
  if (!Array.isArray(input)) {
    return {
      tips: [],
      errors: [{ index: -1, field: '(root)', message: `expected an array of tips, got ${describeValue(input)}` }],
    };
  }
  const tips: Tip[] = [];
  const errors: PlaybookError[] = [];
  const firstIndex = new Map<string, number>();
  const entries: readonly unknown[] = input;
  entries.forEach((entry, index) => {
    const tipId = readableId(entry);
    if (index >= MAX_PLAYBOOK_TIPS) {
      if (index === MAX_PLAYBOOK_TIPS) {
        errors.push({
          index,
          field: '(root)',
          message: `more than ${MAX_PLAYBOOK_TIPS} tips; entries from #${index + 1} on were not loaded`,
        });
      }
      return;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push({ index, field: '(tip)', message: `expected a tip object, got ${describeValue(entry)}` });
      return;
    }
    const r = TipSchema.safeParse(entry);
    if (!r.success) {
      errors.push(...r.error.issues.flatMap((i) => issueToErrors(i, index, tipId)).slice(0, MAX_ERRORS_PER_TIP));
      return;
    }
    const earlier = firstIndex.get(r.data.id);
    if (earlier !== undefined) {
      errors.push({ index, tipId: r.data.id, field: 'id', message: `duplicate id: tip #${earlier + 1} already uses it` });
      return;
    }
    firstIndex.set(r.data.id, index);
    tips.push(r.data);
  });
  return { tips, errors };
}

/** One line for an admin: `tip "sf-opp-followup" (#3): field "prompt": uses an unknown ...`. #n counts from 1. */
export function formatPlaybookError(e: PlaybookError): string {
  if (e.index < 0) return `playbook: field "${e.field}": ${e.message}`;
  const who = e.tipId !== undefined ? `tip "${e.tipId}" (#${e.index + 1})` : `tip #${e.index + 1}`;
  return `${who}: field "${e.field}": ${e.message}`;
}

let bundled: readonly Tip[] | undefined;

/** The default playbook shipped with the extension. Throws when a bundled tip is invalid: a bug. */
export function loadBundledPlaybook(): Tip[] {
  if (bundled === undefined) {
    const { tips, errors } = parsePlaybook(BUNDLED_TIPS);
    if (errors.length > 0) {
      throw new Error(`Bundled playbook is invalid:\n${errors.map(formatPlaybookError).join('\n')}`);
    }
    // Same tip objects on every call, so the matcher's per-tip caches stay warm.
    bundled = Object.freeze(tips);
  }
  return [...bundled];
}
