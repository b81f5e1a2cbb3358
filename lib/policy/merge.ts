import { z } from 'zod';
import { parsePlaybook } from '../playbook/load';
import { DEFAULT_CAPS, MAX_STATE_IDS, type Caps } from '../playbook/state';
import { MAX_PLAYBOOK_TIPS, type Tip } from '../playbook/schema';
import type { PlaybookError } from '../playbook/load';
import { AppIdSchema, type AppId } from '../sites/types';
import {
  DEFAULT_REDACT,
  MAX_APPROVED_TOOLS,
  MAX_DISABLED_APPS,
  MAX_NOTES,
  MAX_REDACT_PATTERNS,
  NoteSchema,
  POLICY_KEYS,
  PolicySchema,
  RedactPatternSchema,
  RedactSchema,
  defaultPolicy,
  type Note,
  type Policy,
  type PolicyKey,
  type PolicySource,
  type RedactPattern,
  type RedactRules,
} from './schema';
import type { RejectionCode, RejectionPart } from './rejection';
import { AiToolSchema, approvedToolsFor, type AiTool } from './tools';

/**
 * Where policy comes from, and who wins.
 *
 * Sources, highest first:
 * - managed: enterprise policy (Chrome/Edge "3rdparty" extension policy, Firefox policies.json
 *   "3rdparty"); all arrive as storage.managed.
 * - backend: the org policy served by the optional Lastmile backend (pass its cached last response
 *   when it's unreachable). It may set every key except `sync`: a backend must not be able to
 *   redirect browsers to another backend.
 * - user: the employee's own settings. Only USER_KEYS, and never looser than the admin's rules.
 * - default: defaultPolicy().
 *
 * Validation is per part: each top-level key of each source on its own, and each item of a list
 * (approvedTools, notes, tips, redact.patterns, disabledTips, disabledApps) on its own. Invalid
 * parts are rejected with a reason; the valid rest is used. A key that is invalid as a whole (wrong
 * type, or a non-empty list in which every item is rejected) falls back to the last valid value
 * that source sent for that key (last-known-good), so a typo in a new policy can't silently switch
 * off what was in force. A key a source no longer sends is forgotten (the admin removed it).
 *
 * Merge rules per key:
 * - orgName, sync: the highest source that sets it wins.
 * - approvedTools: the highest source with a non-empty list wins: an admin list is authoritative.
 *   The employee's list only applies when no admin source has one.
 * - preferredTool: the employee's choice first, then managed, then backend; a choice outside the
 *   approved tools is ignored (it's a preference among approved tools, not a rule).
 * - notes, tips: union by id; on an id clash the higher source's entry wins.
 * - disabledTips, disabledApps: union (anyone may switch more off; nobody can switch back on).
 * - caps: the strictest admin value (fewest tips per day, longest cooldown). The employee can only
 *   make them stricter; without an admin value the employee's own value applies.
 * - redact: union of enabled rules. A flag is on when any source turns it on, off when a source
 *   turns it off and none turns it on, else the default. Custom patterns: union by name (higher wins).
 */

export const SOURCE_NAMES = ['managed', 'backend', 'user'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];
export type ProvenanceSource = SourceName | 'default';

/** One source as read: the raw value (validated here) and when it was received (ISO). */
export interface SourceInput {
  raw: unknown;
  receivedAt: string;
}
export type PolicySources = Partial<Record<SourceName, SourceInput>>;

/** Keys the employee may set in their own settings. */
export const USER_KEYS: ReadonlySet<PolicyKey> = new Set<PolicyKey>([
  'schemaVersion',
  'approvedTools',
  'preferredTool',
  'redact',
  'disabledTips',
  'disabledApps',
  'caps',
  'sync',
]);
const BACKEND_KEYS: ReadonlySet<PolicyKey> = new Set<PolicyKey>(POLICY_KEYS.filter((k) => k !== 'sync'));
const KEYS_FOR: Readonly<Record<SourceName, ReadonlySet<PolicyKey>>> = {
  managed: new Set<PolicyKey>(POLICY_KEYS),
  backend: BACKEND_KEYS,
  user: USER_KEYS,
};

export { REJECTION_CODES, REJECTION_PARTS, type RejectionCode, type RejectionPart } from './rejection';
// REJECTION_PARTS lists every policy key (and `source`), in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const PARTS_MATCH_KEYS: Same<Exclude<RejectionPart, 'source'>, PolicyKey> = true;
void PARTS_MATCH_KEYS;

/** A part of a source that was not used, and why. Shown on the options page ("Policy in force"). */
export interface Rejection {
  source: SourceName;
  part: RejectionPart;
  code: RejectionCode;
  /** Where: "notes[2].text", "caps", "(root)". */
  path: string;
  /** The checker's own words (English, technical): a zod or playbook message, "got a string". */
  detail?: string;
  /** The id of the list entry, when it had a readable one. */
  itemId?: string;
  /** The rejected value, as short JSON (never for `sync`, which holds a secret). */
  value?: string;
  /** too_many: the limit; more: how many more problems. */
  count?: number;
  /** duplicate, tool_not_approved: the id concerned. */
  id?: string;
  /** kept_last_valid: when the value kept in force was received (ISO). */
  receivedAt?: string;
}

/** One rejection as a developer log line (English, technical; never shown to the employee). */
export function rejectionLogText(r: Rejection): string {
  const extra = [
    r.id !== undefined ? `id ${JSON.stringify(r.id)}` : undefined,
    r.count !== undefined ? `count ${r.count}` : undefined,
    r.receivedAt !== undefined ? `received ${r.receivedAt}` : undefined,
    r.detail,
  ].filter((x): x is string => x !== undefined);
  return `policy ${r.source} ${r.path}: ${r.code}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`;
}

export interface Provenance {
  /** The source whose value is in force (for merged keys: the highest that contributed). */
  source: ProvenanceSource;
  receivedAt?: string;
  /** The value is the last valid one that source sent: its current value for the key is invalid. */
  lastKnownGood?: boolean;
  /** For merged keys (lists, caps, redact): every source that contributed, highest first. */
  sources?: SourceName[];
}

const LkgEntrySchema = z.object({ value: z.unknown(), receivedAt: z.string().max(64), savedAt: z.string().max(64) });
export type LkgEntry = z.infer<typeof LkgEntrySchema>;
const LkgSourceSchema = z.partialRecord(z.enum(POLICY_KEYS as [PolicyKey, ...PolicyKey[]]), LkgEntrySchema);
export const LastKnownGoodSchema = z.object({
  managed: LkgSourceSchema.optional(),
  backend: LkgSourceSchema.optional(),
  user: LkgSourceSchema.optional(),
});
/** The last valid value of each key of each source; persist it and pass it back next time. */
export type LastKnownGood = z.infer<typeof LastKnownGoodSchema>;

export interface ResolvedPolicy {
  policy: Policy;
  provenance: Record<PolicyKey, Provenance>;
  rejected: Rejection[];
  lastKnownGood: LastKnownGood;
  /** When this was resolved (ISO). */
  resolvedAt: string;
}

/** Most rejections reported one by one; the rest are counted in a last entry. */
export const MAX_REJECTIONS = 200;
const MAX_VALUE_PREVIEW = 80;
const MAX_ISSUES_PER_ITEM = 5;

/** Stored last-known-good from storage (a boundary): keeps the well-formed entries, drops the rest. */
export function parseLastKnownGood(raw: unknown): LastKnownGood {
  const whole = LastKnownGoodSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const out: LastKnownGood = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const name of SOURCE_NAMES) {
    const src: unknown = (raw as Record<string, unknown>)[name];
    if (typeof src !== 'object' || src === null) continue;
    const kept: Partial<Record<PolicyKey, LkgEntry>> = {};
    for (const key of POLICY_KEYS) {
      const e = LkgEntrySchema.safeParse((src as Record<string, unknown>)[key]);
      if (e.success) kept[key] = e.data;
    }
    out[name] = kept;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Validation, part by part.

function pathText(base: string, segs: readonly PropertyKey[]): string {
  let p = base;
  for (const s of segs) p += typeof s === 'number' ? `[${s}]` : p === '' ? String(s) : `.${String(s)}`;
  return p === '' ? '(root)' : p;
}

function valueAt(root: unknown, segs: readonly PropertyKey[]): unknown {
  let v = root;
  for (const s of segs) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

function preview(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    return undefined;
  }
  if (s === undefined) return undefined;
  return s.length > MAX_VALUE_PREVIEW ? `${s.slice(0, MAX_VALUE_PREVIEW - 1)}…` : s;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

function readableId(entry: unknown, field: 'id' | 'name'): string | undefined {
  const id = valueAt(entry, [field]);
  if (typeof id !== 'string') return undefined;
  const clean = id.replace(/[^\x20-\x7e]/g, '').slice(0, 64);
  return clean.length > 0 ? clean : undefined;
}

const MAX_KEY_SHOWN = 64;

/** An unknown key as a path: printable and short, quoted when nothing readable is left (e.g. ""). */
function unknownKeyPath(key: string): string {
  const clean = key.replace(/[^\x20-\x7e]/g, '').slice(0, MAX_KEY_SHOWN);
  return clean.trim() === '' ? JSON.stringify(key).slice(0, MAX_KEY_SHOWN) : clean;
}

/** The top-level key a path is about ("notes[2].text" -> notes), or `source`. */
function partOf(path: string): RejectionPart {
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  return head !== undefined && head.length === path.search(/[.[]|$/) && (POLICY_KEYS as readonly string[]).includes(head)
    ? (head as PolicyKey)
    : 'source';
}

interface RejectionExtra {
  detail?: string;
  value?: unknown;
  itemId?: string;
  count?: number;
  id?: string;
  receivedAt?: string;
}

/** Collects rejections for one source. */
class Reporter {
  readonly list: Rejection[] = [];
  constructor(readonly source: SourceName) {}

  add(path: string, code: RejectionCode, extra: RejectionExtra = {}, part: RejectionPart = partOf(path)): void {
    const r: Rejection = { source: this.source, part, code, path };
    if (extra.detail !== undefined) r.detail = extra.detail;
    if (extra.itemId !== undefined) r.itemId = extra.itemId;
    // sync holds the enrollment token: never echo its values (nor a misspelt key that starts like it).
    const shown = part === 'sync' || path.startsWith('sync') ? undefined : preview(extra.value);
    if (shown !== undefined) r.value = shown;
    if (extra.count !== undefined) r.count = extra.count;
    if (extra.id !== undefined) r.id = extra.id;
    if (extra.receivedAt !== undefined) r.receivedAt = extra.receivedAt;
    this.list.push(r);
  }

  issues(base: string, issues: readonly z.core.$ZodIssue[], root: unknown, itemId?: string): void {
    const item = itemId !== undefined ? { itemId } : {};
    for (const issue of issues.slice(0, MAX_ISSUES_PER_ITEM)) {
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) {
          const segs = [...issue.path, k];
          this.add(pathText(base, segs), 'unknown_field', { value: valueAt(root, segs), ...item });
        }
        continue;
      }
      const v = valueAt(root, issue.path);
      const path = pathText(base, issue.path);
      if (issue.code === 'invalid_type' && v === undefined) this.add(path, 'required', item);
      else this.add(path, 'invalid', { detail: issue.message, value: v, ...item });
    }
  }
}

/** A key that is invalid as a whole: fall back to last-known-good. */
const INVALID = Symbol('invalid');
type Checked<T> = T | typeof INVALID;

interface ListOptions<T> {
  key: string;
  item: z.core.$ZodType<T>;
  max: number;
  /** Identity for duplicates; a later duplicate is rejected (or dropped quietly when `quietDuplicates`). */
  identity?: (item: T) => string;
  idField?: 'id' | 'name';
  quietDuplicates?: boolean;
}

function checkList<T>(raw: unknown, rep: Reporter, o: ListOptions<T>): Checked<T[]> {
  if (!Array.isArray(raw)) {
    rep.add(o.key, 'not_a_list', { detail: `expected a list, got ${describeValue(raw)}`, value: raw });
    return INVALID;
  }
  const items: readonly unknown[] = raw;
  const out: T[] = [];
  const seen = new Set<string>();
  items.forEach((entry, index) => {
    const base = `${o.key}[${index}]`;
    const itemId = o.idField ? readableId(entry, o.idField) : undefined;
    if (index >= o.max) {
      if (index === o.max) {
        rep.add(base, 'too_many', { count: o.max, detail: `more than ${o.max} entries; entries from #${o.max + 1} on were not used` });
      }
      return;
    }
    const r = z.safeParse(o.item, entry);
    if (!r.success) {
      rep.issues(base, r.error.issues, entry, itemId);
      return;
    }
    const ident = o.identity?.(r.data);
    if (ident !== undefined) {
      if (seen.has(ident)) {
        if (!o.quietDuplicates) rep.add(base, 'duplicate', { id: ident, ...(itemId !== undefined ? { itemId } : {}) });
        return;
      }
      seen.add(ident);
    }
    out.push(r.data);
  });
  if (items.length > 0 && out.length === 0) {
    rep.add(o.key, 'all_rejected');
    return INVALID;
  }
  return out;
}

function checkWhole<K extends PolicyKey>(key: K, raw: unknown, rep: Reporter): Checked<NonNullable<PolicySource[K]>> {
  const r = PolicySchema.shape[key].safeParse(raw);
  if (!r.success) {
    rep.issues(key, r.error.issues, raw);
    return INVALID;
  }
  return r.data as NonNullable<PolicySource[K]>;
}

function checkTips(raw: unknown, rep: Reporter): Checked<Tip[]> {
  const { tips, errors } = parsePlaybook(raw);
  for (const e of errors) {
    if (e.index < 0) {
      rep.add('tips', 'not_a_list', { detail: e.message.replace('an array of tips', 'a list of tips'), value: raw });
      continue;
    }
    const entry: unknown = Array.isArray(raw) ? (raw as unknown[])[e.index] : undefined;
    const segs = e.field === '(tip)' || e.field === '(root)' ? [] : e.field.split('.');
    const extra: RejectionExtra = { detail: e.message };
    if (segs.length > 0) extra.value = valueAt(entry, segs);
    if (e.tipId !== undefined) extra.itemId = e.tipId;
    const code = playbookCode(e);
    if (code === 'too_many') extra.count = MAX_PLAYBOOK_TIPS;
    if (code === 'duplicate' && e.tipId !== undefined) extra.id = e.tipId;
    rep.add(pathText(`tips[${e.index}]`, segs), code, extra);
  }
  if (!Array.isArray(raw)) return INVALID;
  if (raw.length > 0 && tips.length === 0) {
    rep.add('tips', 'all_rejected');
    return INVALID;
  }
  return tips;
}

/**
 * The playbook's checker words its problems for admins; the few it has its own wording for get their
 * code here (anything else is `invalid`, with the checker's words as the detail).
 */
function playbookCode(e: PlaybookError): RejectionCode {
  if (e.field === '(root)' && /^more than \d+ tips/.test(e.message)) return 'too_many';
  if (e.field === '(tip)' && e.message.startsWith('expected a tip object')) return 'not_an_object';
  if (e.message === 'is required') return 'required';
  if (e.message.startsWith('is not a tip field')) return 'unknown_field';
  if (e.field === 'id' && e.message.startsWith('duplicate id')) return 'duplicate';
  return 'invalid';
}

const RedactFlagsSchema = RedactSchema.omit({ patterns: true });

function checkRedact(raw: unknown, rep: Reporter): Checked<NonNullable<PolicySource['redact']>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    rep.add('redact', 'not_an_object', { detail: `expected an object, got ${describeValue(raw)}`, value: raw });
    return INVALID;
  }
  const { patterns, ...flags } = raw as Record<string, unknown>;
  const f = RedactFlagsSchema.safeParse(flags);
  if (!f.success) {
    rep.issues('redact', f.error.issues, raw);
    return INVALID;
  }
  if (patterns === undefined) return f.data;
  const p = checkList<RedactPattern>(patterns, rep, {
    key: 'redact.patterns',
    item: RedactPatternSchema,
    max: MAX_REDACT_PATTERNS,
    identity: (x) => x.name,
    idField: 'name',
  });
  if (p === INVALID) return INVALID;
  return { ...f.data, patterns: p };
}

const TipIdItem = PolicySchema.shape.disabledTips.unwrap().element;

/** Validate one key of one source. */
function checkKey(key: PolicyKey, raw: unknown, rep: Reporter): Checked<unknown> {
  switch (key) {
    case 'approvedTools':
      return checkList<AiTool>(raw, rep, {
        key,
        item: AiToolSchema,
        max: MAX_APPROVED_TOOLS,
        identity: (t) => t.id,
        idField: 'id',
      });
    case 'notes':
      return checkList<Note>(raw, rep, { key, item: NoteSchema, max: MAX_NOTES, identity: (n) => n.id, idField: 'id' });
    case 'tips':
      return checkTips(raw, rep);
    case 'disabledTips':
      return checkList<string>(raw, rep, {
        key,
        item: TipIdItem,
        max: MAX_STATE_IDS,
        identity: (s) => s,
        quietDuplicates: true,
      });
    case 'disabledApps':
      return checkList<AppId>(raw, rep, { key, item: AppIdSchema, max: MAX_DISABLED_APPS, identity: (s) => s, quietDuplicates: true });
    case 'redact':
      return checkRedact(raw, rep);
    default:
      return checkWhole(key, raw, rep);
  }
}

interface SourceParts {
  /** Valid values (possibly last-known-good) by key. */
  values: Partial<Record<PolicyKey, unknown>>;
  /** Keys whose value came from last-known-good. */
  fromLkg: Set<PolicyKey>;
  /** receivedAt per key (the LKG entry's for LKG values). */
  receivedAt: Partial<Record<PolicyKey, string>>;
  lkg: Partial<Record<PolicyKey, LkgEntry>>;
}

/** Re-validate a stored value quietly; the stored copy may predate a schema change. */
function fromStore(key: PolicyKey, entry: LkgEntry | undefined, source: SourceName): unknown {
  if (entry === undefined) return undefined;
  const v = checkKey(key, entry.value, new Reporter(source));
  return v === INVALID ? undefined : v;
}

function readSource(
  name: SourceName,
  input: SourceInput | undefined,
  oldLkg: Partial<Record<PolicyKey, LkgEntry>> | undefined,
  now: Date,
  rep: Reporter,
): SourceParts {
  const parts: SourceParts = { values: {}, fromLkg: new Set(), receivedAt: {}, lkg: {} };
  if (input === undefined) return parts;
  const useLkg = (key: PolicyKey, why: string): void => {
    const entry = oldLkg?.[key];
    const value = fromStore(key, entry, name);
    if (entry !== undefined && value !== undefined) {
      parts.values[key] = value;
      parts.fromLkg.add(key);
      parts.receivedAt[key] = entry.receivedAt;
      parts.lkg[key] = entry;
      rep.add(key, 'kept_last_valid', { receivedAt: entry.receivedAt, detail: why });
    } else {
      rep.add(key, 'no_last_valid', { detail: why });
    }
  };

  const raw = input.raw ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    rep.add('(root)', 'not_an_object', { detail: `expected an object of policy keys, got ${describeValue(raw)}`, value: raw });
    for (const key of POLICY_KEYS) if (oldLkg?.[key] !== undefined) useLkg(key, 'the source is unreadable');
    return parts;
  }
  const allowed = KEYS_FOR[name];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      rep.add(unknownKeyPath(key), 'not_a_key', { value }, 'source');
      continue;
    }
    const k = key as PolicyKey;
    if (!allowed.has(k)) {
      rep.add(k, name === 'user' ? 'user_not_allowed' : 'backend_not_allowed');
      continue;
    }
    if (value === undefined) continue;
    const checked = checkKey(k, value, rep);
    if (checked === INVALID) {
      useLkg(k, 'invalid as a whole');
      continue;
    }
    parts.values[k] = checked;
    parts.receivedAt[k] = input.receivedAt;
    parts.lkg[k] = { value: checked, receivedAt: input.receivedAt, savedAt: now.toISOString() };
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Merge.

type AllParts = Record<SourceName, SourceParts>;

function get<T>(parts: SourceParts, key: PolicyKey): T | undefined {
  return parts.values[key] as T | undefined;
}

function provenanceOf(all: AllParts, name: SourceName, key: PolicyKey, sources?: SourceName[]): Provenance {
  const p: Provenance = { source: name };
  const at = all[name].receivedAt[key];
  if (at !== undefined) p.receivedAt = at;
  if (all[name].fromLkg.has(key)) p.lastKnownGood = true;
  if (sources !== undefined) p.sources = sources;
  return p;
}

/** Highest source that sets the key (and passes `accept`). */
function highest<T>(
  all: AllParts,
  key: PolicyKey,
  order: readonly SourceName[] = SOURCE_NAMES,
  accept: (v: T) => boolean = () => true,
): { value: T; prov: Provenance } | undefined {
  for (const name of order) {
    const v = get<T>(all[name], key);
    if (v !== undefined && accept(v)) return { value: v, prov: provenanceOf(all, name, key) };
  }
  return undefined;
}

/** Union of lists; `identity` decides clashes (the higher source's entry wins). */
function union<T>(all: AllParts, key: PolicyKey, identity: (t: T) => string): { value: T[]; prov: Provenance } | undefined {
  const out: T[] = [];
  const seen = new Set<string>();
  const sources: SourceName[] = [];
  for (const name of SOURCE_NAMES) {
    const list = get<T[]>(all[name], key);
    if (list === undefined || list.length === 0) continue;
    sources.push(name);
    for (const item of list) {
      const id = identity(item);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(item);
    }
  }
  const top = sources[0];
  return top === undefined ? undefined : { value: out, prov: provenanceOf(all, top, key, sources) };
}

const ADMIN_SOURCES: readonly SourceName[] = ['managed', 'backend'];

/** Is `a` at least as strict as `b` for this cap? */
const STRICTER: Readonly<Record<keyof Caps, (a: number, b: number) => boolean>> = {
  tipsPerDay: (a, b) => a <= b,
  cooldownHours: (a, b) => a >= b,
};

function mergeCaps(all: AllParts): { value: Caps; prov: Provenance } | undefined {
  const value: Caps = { ...DEFAULT_CAPS };
  const sources = new Set<SourceName>();
  for (const field of Object.keys(STRICTER) as (keyof Caps)[]) {
    const stricter = STRICTER[field];
    let admin: number | undefined;
    for (const name of ADMIN_SOURCES) {
      const v = get<Partial<Caps>>(all[name], 'caps')?.[field];
      if (v === undefined) continue;
      sources.add(name);
      if (admin === undefined || stricter(v, admin)) admin = v;
    }
    const mine = get<Partial<Caps>>(all.user, 'caps')?.[field];
    let chosen = admin;
    // The employee can only tighten an admin value; without one, their own value applies.
    if (mine !== undefined && (admin === undefined || stricter(mine, admin))) {
      chosen = mine;
      sources.add('user');
    }
    if (chosen !== undefined) value[field] = chosen;
  }
  const ordered = SOURCE_NAMES.filter((n) => sources.has(n));
  const top = ordered[0];
  return top === undefined ? undefined : { value, prov: provenanceOf(all, top, 'caps', ordered) };
}

const REDACT_FLAGS = ['emails', 'phones', 'cards', 'ibans'] as const;

function mergeRedact(all: AllParts): { value: RedactRules; prov: Provenance } | undefined {
  const value: RedactRules = { ...DEFAULT_REDACT, patterns: [] };
  const sources = new Set<SourceName>();
  for (const flag of REDACT_FLAGS) {
    const said = SOURCE_NAMES.map((n) => [n, get<PolicySource['redact']>(all[n], 'redact')?.[flag]] as const);
    const on = said.filter(([, v]) => v === true);
    const off = said.filter(([, v]) => v === false);
    if (on.length > 0) {
      value[flag] = true;
      on.forEach(([n]) => sources.add(n));
    } else if (off.length > 0) {
      value[flag] = false;
      off.forEach(([n]) => sources.add(n));
    }
  }
  const seen = new Set<string>();
  for (const name of SOURCE_NAMES) {
    for (const p of get<PolicySource['redact']>(all[name], 'redact')?.patterns ?? []) {
      sources.add(name);
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      value.patterns.push(p);
    }
  }
  const ordered = SOURCE_NAMES.filter((n) => sources.has(n));
  const top = ordered[0];
  return top === undefined ? undefined : { value, prov: provenanceOf(all, top, 'redact', ordered) };
}

/**
 * The policy in force, from every source, with where each key came from, every rejected part and
 * why, and the last-known-good to persist for next time. Pure; never throws.
 */
export function resolvePolicy(
  sources: PolicySources,
  lastKnownGood: LastKnownGood | undefined,
  now: Date,
): ResolvedPolicy {
  const reporters = { managed: new Reporter('managed'), backend: new Reporter('backend'), user: new Reporter('user') };
  const all: AllParts = {
    managed: readSource('managed', sources.managed, lastKnownGood?.managed, now, reporters.managed),
    backend: readSource('backend', sources.backend, lastKnownGood?.backend, now, reporters.backend),
    user: readSource('user', sources.user, lastKnownGood?.user, now, reporters.user),
  };

  const policy = defaultPolicy();
  const provenance = Object.fromEntries(POLICY_KEYS.map((k) => [k, { source: 'default' }])) as Record<
    PolicyKey,
    Provenance
  >;
  const set = <K extends PolicyKey>(key: K, r: { value: Policy[K]; prov: Provenance } | undefined): void => {
    if (r === undefined) return;
    policy[key] = r.value;
    provenance[key] = r.prov;
  };

  set('orgName', highest<string>(all, 'orgName'));
  set('sync', highest<NonNullable<Policy['sync']>>(all, 'sync'));
  set('approvedTools', highest<AiTool[]>(all, 'approvedTools', SOURCE_NAMES, (v) => v.length > 0));
  const toolIds = new Set(approvedToolsFor(policy).map((t) => t.id));
  const preferred = highest<string>(all, 'preferredTool', ['user', 'managed', 'backend'], (id) => toolIds.has(id));
  for (const name of SOURCE_NAMES) {
    const id = get<string>(all[name], 'preferredTool');
    if (id !== undefined && !toolIds.has(id)) {
      reporters[name].add('preferredTool', 'tool_not_approved', { id });
    }
  }
  set('preferredTool', preferred);
  set('notes', union<Note>(all, 'notes', (n) => n.id));
  set('tips', union<Tip>(all, 'tips', (t) => t.id));
  set('disabledTips', union<string>(all, 'disabledTips', (s) => s));
  set('disabledApps', union<AppId>(all, 'disabledApps', (s) => s));
  set('caps', mergeCaps(all));
  set('redact', mergeRedact(all));
  // schemaVersion is validated per source; the resolved policy is always this build's version.

  const lkg: LastKnownGood = {};
  for (const name of SOURCE_NAMES) if (sources[name] !== undefined) lkg[name] = all[name].lkg;

  let rejected = [...reporters.managed.list, ...reporters.backend.list, ...reporters.user.list];
  if (rejected.length > MAX_REJECTIONS) {
    const more = rejected.length - (MAX_REJECTIONS - 1);
    const last = rejected[MAX_REJECTIONS - 1] as Rejection;
    rejected = [
      ...rejected.slice(0, MAX_REJECTIONS - 1),
      { source: last.source, part: 'source', code: 'more', path: '(more)', count: more },
    ];
  }
  return { policy, provenance, rejected, lastKnownGood: lkg, resolvedAt: now.toISOString() };
}
