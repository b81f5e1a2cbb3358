import type { AppId, PageContext } from '../sites/types';
import { DEFAULT_LANG, isPlaceholder, type Placeholder, type TemplateValues } from './schema';

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

/** Languages with their own object labels and fallback words; every other language uses English. */
export const TEMPLATE_LANGS = ['en', 'de', 'fr'] as const;
export type TemplateLang = (typeof TEMPLATE_LANGS)[number];

/** "de-AT", "de_at", " DE " -> "de"; a language without its own words -> "en". */
export function templateLang(lang: string | undefined): TemplateLang {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (TEMPLATE_LANGS as readonly string[]).includes(base) ? (base as TemplateLang) : 'en';
}

/** Grammatical gender of a German or French object label: it picks "diesem"/"dieser", "ce"/"cette". */
type Gender = 'm' | 'f' | 'n';
interface Noun {
  label: string;
  gender: Gender;
}
type NounEntries = Record<string, readonly [label: string, gender: Gender]>;
function nouns(entries: NounEntries): ReadonlyMap<string, Noun> {
  return new Map(Object.entries(entries).map(([k, [label, gender]]) => [k, { label, gender }] as const));
}

/**
 * Fallbacks per language. German ones are in the dative ("zu diesem Kundenvorgang", "aus der App"):
 * the German bundled prompts put {{recordName}} and {{appLabel}} where the dative fits (after "zu",
 * "mit", "von", "bei", "an"). French ones fit any position ("pour cette opportunité", "de l'application").
 * A missing date becomes a visible slot to fill in, as the prompts' other "[…]" slots.
 */
const GENERIC_RECORD: Readonly<Record<TemplateLang, string>> = { en: 'record', de: 'Datensatz', fr: 'enregistrement' };
const APP_FALLBACK: Readonly<Record<TemplateLang, string>> = { en: 'the app', de: 'der App', fr: "l'application" };
const TODAY_FALLBACK: Readonly<Record<TemplateLang, string>> = { en: 'today', de: '[Datum]', fr: '[date du jour]' };

/** "this opportunity", "diesem Kundenvorgang" / "dieser Opportunity", "cette opportunité" / "cet incident". */
function thisRecord(lang: TemplateLang, objectLabel: string | undefined): string {
  const generic = GENERIC_RECORD[lang];
  if (lang === 'en') return `this ${objectLabel ?? generic}`;
  // A label without a known gender (a custom object's API name) gives way to the generic word.
  const gender = objectLabel === undefined ? undefined : LABEL_GENDERS[lang].get(objectLabel);
  const label = gender === undefined ? generic : (objectLabel ?? generic);
  if (lang === 'de') return `${gender === 'f' ? 'dieser' : 'diesem'} ${label}`;
  if (gender === 'f') return `cette ${label}`;
  return `${/^[aeiouyàâæéèêëîïôœùûü]/i.test(label) ? 'cet' : 'ce'} ${label}`;
}

function fallbackFor(name: Placeholder, values: TemplateValues, lang: TemplateLang): string | undefined {
  switch (name) {
    case 'recordName':
      return thisRecord(lang, cleanValue(values.objectLabel));
    case 'objectLabel':
      return GENERIC_RECORD[lang];
    case 'appLabel':
      return APP_FALLBACK[lang];
    case 'today':
      return TODAY_FALLBACK[lang];
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
 * value gets a natural fallback in the prompt's language `lang` ("this opportunity", "the app";
 * "diesem Kundenvorgang", "der App"; "cette opportunité", "l'application"); a missing record id is
 * left out together with its short label ("(ref …)", "#…"). Unknown placeholders are removed. The
 * result never contains "{{".
 */
export function fillTemplate(template: string, values: TemplateValues, lang: string = DEFAULT_LANG): string {
  const words = templateLang(lang);
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
    const fallback = isPlaceholder(name) ? fallbackFor(name, values, words) : undefined;
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

/** "ns__Thing_Item__c" -> "thing item", "OpportunityLineItem" -> "opportunity line item"; "" without letters. */
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
  if (!/\p{L}/u.test(label)) label = '';
  if (labelCache.size >= MAX_LABEL_CACHE) labelCache.clear();
  labelCache.set(apiName, label);
  return label;
}

/*
 * German and French labels, as the apps' own German and French interfaces name the object (Salesforce:
 * "Kundenvorgang" / "requête" for Case, "Opportunity" / "opportunité"; Dynamics 365: "Verkaufschance",
 * "Firma", "Fall" / "incident"; HubSpot: "Deal" / "transaction"; Jira: "Vorgang" / "ticket"). Where a
 * vendor keeps its English term in German (Opportunity, Lead, Incident, Change Request, Pull Request),
 * so do we. German nouns keep their capital; French labels are lower-case like the English ones.
 * Keys as in KNOWN_LABELS / APP_LABELS / PAGE_LABELS; a custom object has no entry and keeps the
 * label read from its API name.
 */
type LocalLang = Exclude<TemplateLang, 'en'>;
interface LocalLabels {
  objects: ReadonlyMap<string, Noun>;
  apps: ReadonlyMap<AppId, ReadonlyMap<string, Noun>>;
  pages: ReadonlyMap<string, Noun>;
}

const LOCAL_LABELS: Readonly<Record<LocalLang, LocalLabels>> = {
  de: {
    objects: nouns({
      opportunity: ['Opportunity', 'f'],
      opportunitylineitem: ['Opportunity-Produkt', 'n'],
      account: ['Account', 'm'],
      contact: ['Kontakt', 'm'],
      lead: ['Lead', 'm'],
      case: ['Fall', 'm'],
      campaign: ['Kampagne', 'f'],
      quote: ['Angebot', 'n'],
      contract: ['Vertrag', 'm'],
      order: ['Auftrag', 'm'],
      task: ['Aufgabe', 'f'],
      event: ['Termin', 'm'],
      report: ['Bericht', 'm'],
      dashboard: ['Dashboard', 'n'],
      contentdocument: ['Datei', 'f'],
      file: ['Datei', 'f'],
      knowledge__kav: ['Wissensartikel', 'm'],
      kb_knowledge: ['Wissensartikel', 'm'],
      incident: ['Incident', 'm'],
      problem: ['Problem', 'n'],
      change_request: ['Change Request', 'm'],
      sc_req_item: ['Requested Item', 'n'],
      sc_request: ['Request', 'm'],
      sc_task: ['Katalogaufgabe', 'f'],
      cmdb_ci: ['Konfigurationselement', 'n'],
      sys_user: ['Benutzer', 'm'],
      user: ['Benutzer', 'm'],
      company: ['Unternehmen', 'n'],
      deal: ['Deal', 'm'],
      ticket: ['Ticket', 'n'],
      '0-1': ['Kontakt', 'm'],
      '0-2': ['Unternehmen', 'n'],
      '0-3': ['Deal', 'm'],
      '0-5': ['Ticket', 'n'],
      conversation: ['Unterhaltung', 'f'],
      issue: ['Vorgang', 'm'],
      pull: ['Pull Request', 'm'],
      pullrequest: ['Pull Request', 'm'],
      commit: ['Commit', 'm'],
      discussion: ['Diskussion', 'f'],
      notification: ['Benachrichtigung', 'f'],
      repository: ['Repository', 'n'],
      page: ['Seite', 'f'],
      blogpost: ['Blogbeitrag', 'm'],
      space: ['Bereich', 'm'],
      database: ['Datenbank', 'f'],
      document: ['Dokument', 'n'],
      spreadsheet: ['Tabelle', 'f'],
      presentation: ['Präsentation', 'f'],
      channel: ['Kanal', 'm'],
      thread: ['Thread', 'm'],
      message: ['Nachricht', 'f'],
    }),
    apps: new Map<AppId, ReadonlyMap<string, Noun>>([
      ['salesforce', nouns({ case: ['Kundenvorgang', 'm'] })],
      [
        'dynamics',
        nouns({ opportunity: ['Verkaufschance', 'f'], account: ['Firma', 'f'], incident: ['Fall', 'm'], task: ['Aufgabe', 'f'] }),
      ],
      ['servicenow', nouns({ task: ['Aufgabe', 'f'] })],
      ['github', nouns({ issue: ['Issue', 'n'], compare: ['Vergleich', 'm'] })],
      ['gmail', nouns({ thread: ['Konversation', 'f'], message: ['E-Mail', 'f'] })],
      ['outlook', nouns({ thread: ['Unterhaltung', 'f'], message: ['E-Mail', 'f'] })],
      ['slack', nouns({ channel: ['Channel', 'm'] })],
      ['intercom', nouns({ conversation: ['Konversation', 'f'] })],
    ]),
    pages: nouns({
      compose: ['Entwurf', 'm'],
      thread: ['Thread', 'm'],
      message: ['Nachricht', 'f'],
      issue: ['Vorgang', 'm'],
      pull: ['Pull Request', 'm'],
      ticket: ['Ticket', 'n'],
      document: ['Dokument', 'n'],
      spreadsheet: ['Tabelle', 'f'],
      presentation: ['Präsentation', 'f'],
      channel: ['Kanal', 'm'],
      conversation: ['Unterhaltung', 'f'],
      page: ['Seite', 'f'],
      report: ['Bericht', 'm'],
      dashboard: ['Dashboard', 'n'],
      board: ['Board', 'n'],
      queue: ['Warteschlange', 'f'],
    }),
  },
  fr: {
    objects: nouns({
      opportunity: ['opportunité', 'f'],
      opportunitylineitem: ["produit d'opportunité", 'm'],
      account: ['compte', 'm'],
      contact: ['contact', 'm'],
      lead: ['prospect', 'm'],
      case: ['cas', 'm'],
      campaign: ['campagne', 'f'],
      quote: ['devis', 'm'],
      contract: ['contrat', 'm'],
      order: ['commande', 'f'],
      task: ['tâche', 'f'],
      event: ['événement', 'm'],
      report: ['rapport', 'm'],
      dashboard: ['tableau de bord', 'm'],
      contentdocument: ['fichier', 'm'],
      file: ['fichier', 'm'],
      knowledge__kav: ['article de connaissances', 'm'],
      kb_knowledge: ['article de connaissances', 'm'],
      incident: ['incident', 'm'],
      problem: ['problème', 'm'],
      change_request: ['demande de changement', 'f'],
      sc_req_item: ['élément demandé', 'm'],
      sc_request: ['demande', 'f'],
      sc_task: ['tâche de catalogue', 'f'],
      cmdb_ci: ['élément de configuration', 'm'],
      sys_user: ['utilisateur', 'm'],
      user: ['utilisateur', 'm'],
      company: ['entreprise', 'f'],
      deal: ['transaction', 'f'],
      ticket: ['ticket', 'm'],
      '0-1': ['contact', 'm'],
      '0-2': ['entreprise', 'f'],
      '0-3': ['transaction', 'f'],
      '0-5': ['ticket', 'm'],
      conversation: ['conversation', 'f'],
      issue: ['ticket', 'm'],
      pull: ['pull request', 'f'],
      pullrequest: ['pull request', 'f'],
      commit: ['commit', 'm'],
      discussion: ['discussion', 'f'],
      notification: ['notification', 'f'],
      repository: ['dépôt', 'm'],
      page: ['page', 'f'],
      blogpost: ['article de blog', 'm'],
      space: ['espace', 'm'],
      database: ['base de données', 'f'],
      document: ['document', 'm'],
      spreadsheet: ['feuille de calcul', 'f'],
      presentation: ['présentation', 'f'],
      channel: ['canal', 'm'],
      thread: ['fil de discussion', 'm'],
      message: ['message', 'm'],
    }),
    apps: new Map<AppId, ReadonlyMap<string, Noun>>([
      ['salesforce', nouns({ case: ['requête', 'f'], lead: ['piste', 'f'] })],
      ['dynamics', nouns({ incident: ['incident', 'm'] })],
      ['github', nouns({ issue: ['issue', 'f'], compare: ['comparaison', 'f'] })],
      ['gmail', nouns({ thread: ['conversation', 'f'], message: ['e-mail', 'm'] })],
      ['outlook', nouns({ thread: ['conversation', 'f'], message: ['e-mail', 'm'] })],
    ]),
    pages: nouns({
      compose: ['brouillon', 'm'],
      thread: ['fil de discussion', 'm'],
      message: ['message', 'm'],
      issue: ['ticket', 'm'],
      pull: ['pull request', 'f'],
      ticket: ['ticket', 'm'],
      document: ['document', 'm'],
      spreadsheet: ['feuille de calcul', 'f'],
      presentation: ['présentation', 'f'],
      channel: ['canal', 'm'],
      conversation: ['conversation', 'f'],
      page: ['page', 'f'],
      report: ['rapport', 'm'],
      dashboard: ['tableau de bord', 'm'],
      board: ['tableau', 'm'],
      queue: ["file d'attente", 'f'],
    }),
  },
};

/** Label -> gender, for the fallback "diesem …" / "cette …" in front of a label the tables gave. */
const LABEL_GENDERS: Readonly<Record<LocalLang, ReadonlyMap<string, Gender>>> = {
  de: gendersOf(LOCAL_LABELS.de, GENERIC_RECORD.de),
  fr: gendersOf(LOCAL_LABELS.fr, GENERIC_RECORD.fr),
};
function gendersOf(labels: LocalLabels, generic: string): ReadonlyMap<string, Gender> {
  const all = [labels.objects, ...labels.apps.values(), labels.pages];
  // "Datensatz" and "enregistrement" are both masculine.
  return new Map([[generic, 'm'], ...all.flatMap((m) => [...m.values()].map((n) => [n.label, n.gender] as const))]);
}

/** The German or French noun for the thing on screen, or undefined when only its API name names it. */
function localNoun(ctx: PageContext, lang: LocalLang): Noun | undefined {
  const tables = LOCAL_LABELS[lang];
  const object = ctx.object?.trim();
  if (!object) return tables.apps.get(ctx.app)?.get(ctx.page) ?? tables.pages.get(ctx.page);
  const key = object.toLowerCase();
  const prefix = APP_PREFIXES.get(ctx.app);
  // A scoped copy of a known table ("x_acme_app_incident") is named like the table.
  const keys = prefix ? [key, key.replace(prefix, '')] : [key];
  for (const k of keys) {
    const noun = tables.apps.get(ctx.app)?.get(k) ?? tables.objects.get(k);
    if (noun) return noun;
  }
  return undefined;
}

/**
 * Label of the thing on screen in `lang` (default English). English: human and lower-case,
 * "opportunity", "requested item", "pull request". German and French: the app's own name for it
 * ("Kundenvorgang", "Verkaufschance"; "requête", "transaction"); a custom object keeps the label read
 * from its API name in every language.
 */
export function objectLabelFor(ctx: PageContext, lang: string = DEFAULT_LANG): string {
  const words = templateLang(lang);
  if (words !== 'en') {
    const noun = localNoun(ctx, words);
    if (noun) return noun.label;
  }
  const object = ctx.object?.trim();
  if (object) {
    const key = object.toLowerCase();
    const prefix = APP_PREFIXES.get(ctx.app);
    const label =
      APP_LABELS.get(ctx.app)?.get(key) ?? KNOWN_LABELS.get(key) ?? humanize(prefix ? object.replace(prefix, '') : object);
    return label || GENERIC_RECORD[words];
  }
  return words === 'en' ? (APP_LABELS.get(ctx.app)?.get(ctx.page) ?? PAGE_LABELS.get(ctx.page) ?? 'record') : GENERIC_RECORD[words];
}

/** Everything a template may use, from the URL-derived context plus what the page showed; labels in `lang`. */
export function templateValuesFor(
  ctx: PageContext,
  extra: { recordName?: string; appLabel: string; today: string },
  lang: string = DEFAULT_LANG,
): TemplateValues {
  const values: TemplateValues = {
    objectLabel: objectLabelFor(ctx, lang),
    appLabel: extra.appLabel,
    today: extra.today,
  };
  if (ctx.recordId !== undefined) values.recordId = ctx.recordId;
  if (extra.recordName !== undefined && extra.recordName.trim() !== '') values.recordName = extra.recordName;
  return values;
}
