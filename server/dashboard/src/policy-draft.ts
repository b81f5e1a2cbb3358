import { PolicySchema, POLICY_SCHEMA_VERSION } from '../../../lib/policy/schema';
import type { PolicyInput } from '../../../lib/policy/schema';
import { DEFAULT_LANG, type LocalizedText, type PlaybookLang } from '../../../lib/playbook/schema';
import type { FieldIssue } from './http';

export type Draft = PolicyInput;
export type DraftNote = NonNullable<Draft['notes']>[number];
export type DraftTip = NonNullable<Draft['tips']>[number];
export type DraftTool = NonNullable<Draft['approvedTools']>[number];
export type DraftPattern = NonNullable<NonNullable<Draft['redact']>['patterns']>[number];
export type WhereValue = string | string[] | undefined;

/** The shared schema's verdict, as dot-joined paths the form fields look up. */
export function validatePolicy(draft: unknown): FieldIssue[] {
  const r = PolicySchema.safeParse(draft);
  if (r.success) return [];
  return r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Issues at `prefix` or below it (for an item's error count). */
export function issuesUnder(issues: readonly FieldIssue[], prefix: string): FieldIssue[] {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}

/** "record, list" ⇄ "record" | ["record","list"] | undefined, the schema's one-or-many form. */
export function whereToText(v: WhereValue): string {
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : v;
}
export function textToWhere(text: string): WhereValue {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : parts;
}
export function firstOf(v: WhereValue): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Languages the tips editor offers: the bundled playbook's. English is the default the others fall back to. */
export const EDIT_LANGS: readonly { code: PlaybookLang; label: string }[] = [
  { code: 'en', label: 'English (default)' },
  { code: 'de', label: 'German' },
  { code: 'fr', label: 'French' },
];

/** A tip text in one language: a plain string is the English (default) text; '' when not translated. */
export function textIn(v: LocalizedText | undefined, lang: string = DEFAULT_LANG): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return lang === DEFAULT_LANG ? v : '';
  return Object.hasOwn(v, lang) ? (v[lang] ?? '') : '';
}

/** The English (default) text, for lists and the card preview. */
export function editableText(v: LocalizedText | undefined): string {
  return textIn(v, DEFAULT_LANG);
}

/**
 * Sets one language's text. A plain string stays plain while only English is edited; a
 * translation turns it into { en, de, … }; clearing the last translation makes it plain again.
 */
export function withTextIn(v: LocalizedText | undefined, lang: string, text: string): LocalizedText {
  if (lang === DEFAULT_LANG && (v === undefined || typeof v === 'string')) return text;
  const map: Record<string, string> = typeof v === 'object' ? { ...v } : { [DEFAULT_LANG]: v ?? '' };
  if (lang !== DEFAULT_LANG && text === '') delete map[lang];
  else map[lang] = text;
  const keys = Object.keys(map);
  return keys.length === 1 && keys[0] === DEFAULT_LANG ? (map[DEFAULT_LANG] ?? '') : map;
}

/** Languages a text has besides English ("de, fr"), for the field's hint. */
export function otherLanguages(v: LocalizedText | undefined): string[] {
  return v === undefined || typeof v === 'string' ? [] : Object.keys(v).filter((k) => k !== DEFAULT_LANG);
}

/** Removes keys whose value is undefined, so a cleared optional field is absent from the JSON, not null. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  // Same keys minus the empty ones: still a T for every optional key.
  return out as T;
}

/** A fresh id that doesn't clash with the list's ids ("note-3"). */
export function nextId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function emptyDraft(): Draft {
  return { schemaVersion: POLICY_SCHEMA_VERSION };
}

export function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((x, j) => (j === i ? item : x));
}
export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}
