import type { AppId, PageContext } from '../sites/types';
import { isPlaceholder, type Placeholder, type TemplateValues } from './schema';

/** Longest value inserted into a prompt; record names are titles, not documents. */
export const MAX_VALUE_LENGTH = 200;
/** Longest object label derived from an object's API name. */
const MAX_LABEL_LENGTH = 40;

const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;
// C0/C1 controls and bidi overrides/isolates: they can hide or reorder text the employee sees.
const LINE_BREAKS_RE = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Clean a value before it goes into a prompt: line breaks become spaces, other control and bidi
 * characters are dropped, braces can't form a new "{{" (values are never re-expanded), and the
 * length is capped. Returns undefined when nothing readable is left, so the fallback applies.
 */
export function cleanValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let v = value.replace(LINE_BREAKS_RE, ' ').replace(CONTROL_RE, '').replace(/ {2,}/g, ' ').trim();
  v = v.replace(/\{(?=\{)/g, '{ ').replace(/\}(?=\})/g, '} ');
  if (v.length > MAX_VALUE_LENGTH) v = `${v.slice(0, MAX_VALUE_LENGTH - 1).trimEnd()}…`;
  return v.length > 0 ? v : undefined;
}

function fallbackFor(name: Placeholder, values: TemplateValues): string | undefined {
  switch (name) {
    case 'recordName': {
      const label = cleanValue(values.objectLabel);
      return label ? `this ${label}` : 'this record';
    }
    case 'objectLabel':
      return 'record';
    case 'appLabel':
      return 'the app';
    case 'today':
      return 'today';
    case 'recordId':
      // An id has no natural stand-in: the text around it is tidied away instead.
      return undefined;
  }
}

// Start of the text, of a line (optionally a list item), or after a sentence's end.
const SENTENCE_START_RE = /(?:^|[.!?]\s+|\n[ \t]*(?:[-*][ \t]+)?)$/;
// "(ref {{recordId}})", "[#{{recordId}}]": a short bracketed label around an omitted value.
const OPEN_GROUP_RE = /[ \t]*[([][^()[\]\n{}]{0,24}$/;
const CLOSE_GROUP_RE = /^[ \t]*[)\]]/;

/**
 * Fill {{ name }} placeholders in one pass, so inserted values are never expanded again. A missing
 * value gets a natural fallback ("this opportunity", "the app"); a missing record id is left out
 * together with its short label ("(ref …)", "#…"). Unknown placeholders are removed. The result
 * never contains "{{".
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER_RE)) {
    const start = m.index;
    const name = m[1] ?? '';
    out += template.slice(last, start);
    last = start + m[0].length;

    const given = isPlaceholder(name) ? cleanValue(values[name]) : undefined;
    if (given !== undefined) {
      out += given;
      continue;
    }
    const fallback = isPlaceholder(name) ? fallbackFor(name, values) : undefined;
    if (fallback !== undefined) {
      out += SENTENCE_START_RE.test(out) ? fallback.charAt(0).toUpperCase() + fallback.slice(1) : fallback;
      continue;
    }
    // Omitted: drop a short bracketed label around it, or a "#" and the spacing before it.
    const after = template.slice(last);
    const open = OPEN_GROUP_RE.exec(out);
    const close = CLOSE_GROUP_RE.exec(after);
    if (open && close) {
      out = out.slice(0, open.index);
      last += close[0].length;
      continue;
    }
    const trailing = /[ \t]*#?$/.exec(out);
    const spaceBefore = trailing !== null && /^[ \t]/.test(trailing[0]);
    out = trailing ? out.slice(0, trailing.index) : out;
    const spaceAfter = /^[ \t]+/.exec(after);
    if (spaceAfter) last += spaceAfter[0].length;
    // Keep one space between the words that surrounded the value; none before punctuation.
    if (spaceBefore && spaceAfter && /^[^\s.,;:!?)\]]/.test(template.slice(last))) out += ' ';
  }
  out += template.slice(last);
  // A stray "{{" in an unvalidated template must not reach the AI tool as a placeholder.
  return out.replace(/\{(?=\{)/g, '{ ');
}

// Maps, not object literals: an object named "constructor" must not find Object.prototype's.
function table(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}

// Labels people use, where the API name says something else or nothing readable.
const KNOWN_LABELS = table({
  sc_req_item: 'requested item',
  sc_request: 'request',
  sc_task: 'catalog task',
  kb_knowledge: 'knowledge article',
  knowledge__kav: 'knowledge article',
  change_request: 'change request',
  cmdb_ci: 'configuration item',
  sys_user: 'user',
  pull: 'pull request',
  pullrequest: 'pull request',
  blogpost: 'blog post',
  opportunitylineitem: 'opportunity product',
  contentdocument: 'file',
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
});

// The same API name means different things in different apps.
const APP_LABELS = new Map<AppId, ReadonlyMap<string, string>>([
  ['dynamics', table({ incident: 'case' })],
  ['gmail', table({ thread: 'email thread', message: 'email' })],
  ['outlook', table({ thread: 'email thread', message: 'email' })],
  ['github', table({ compare: 'comparison' })],
]);

// Custom-object prefixes that mean nothing to a reader: ServiceNow scoped apps ("x_acme_app_",
// "sn_customerservice_") and custom tables ("u_"), Dynamics publisher prefixes ("cr6a1_").
const APP_PREFIXES = new Map<AppId, RegExp>([
  ['servicenow', /^(?:x_[a-z0-9]+_[a-z0-9]+_|sn_[a-z0-9]+_|u_)(?=[a-z])/i],
  ['dynamics', /^[a-z0-9]+_(?=[a-z])/i],
]);

// Without an object, some page kinds still name the thing on screen.
const PAGE_LABELS = table({
  compose: 'draft',
  thread: 'thread',
  message: 'message',
  issue: 'issue',
  pull: 'pull request',
  ticket: 'ticket',
  document: 'document',
  spreadsheet: 'spreadsheet',
  presentation: 'presentation',
  channel: 'channel',
  conversation: 'conversation',
  page: 'page',
  report: 'report',
  dashboard: 'dashboard',
  board: 'board',
  queue: 'queue',
});

const labelCache = new Map<string, string>();
const MAX_LABEL_CACHE = 500;

/** "ns__Thing_Item__c" -> "thing item", "OpportunityLineItem" -> "opportunity line item". */
function humanize(apiName: string): string {
  const cached = labelCache.get(apiName);
  if (cached !== undefined) return cached;
  let name = apiName.trim();
  // Salesforce custom suffixes, then a managed-package namespace ("ns__").
  name = name.replace(/__(c|r|mdt|e|x|b|kav|share|history|feed)$/i, '');
  name = name.replace(/^[A-Za-z0-9]+__(?=.)/, '');
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  let label = words.join(' ').slice(0, MAX_LABEL_LENGTH).trim();
  // "2-1234567" (a HubSpot custom object id) names nothing a reader would recognise.
  if (!/\p{L}/u.test(label)) label = 'record';
  if (labelCache.size >= MAX_LABEL_CACHE) labelCache.clear();
  labelCache.set(apiName, label);
  return label;
}

/** Human, lower-case label of the thing on screen: "opportunity", "requested item", "pull request". */
export function objectLabelFor(ctx: PageContext): string {
  const object = ctx.object?.trim();
  if (object) {
    const key = object.toLowerCase();
    const prefix = APP_PREFIXES.get(ctx.app);
    return (
      APP_LABELS.get(ctx.app)?.get(key) ?? KNOWN_LABELS.get(key) ?? humanize(prefix ? object.replace(prefix, '') : object)
    );
  }
  return APP_LABELS.get(ctx.app)?.get(ctx.page) ?? PAGE_LABELS.get(ctx.page) ?? 'record';
}

/** Everything a template may use, from the URL-derived context plus what the page showed. */
export function templateValuesFor(
  ctx: PageContext,
  extra: { recordName?: string; appLabel: string; today: string },
): TemplateValues {
  const values: TemplateValues = {
    objectLabel: objectLabelFor(ctx),
    appLabel: extra.appLabel,
    today: extra.today,
  };
  if (ctx.recordId !== undefined) values.recordId = ctx.recordId;
  if (extra.recordName !== undefined && extra.recordName.trim() !== '') values.recordName = extra.recordName;
  return values;
}
