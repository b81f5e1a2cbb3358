import type { AppId } from './types';

/*
 * The record's display name from document.title. It stays on the device and only fills prompts,
 * but it still must never carry an e-mail address (Gmail and Outlook put the account in the title),
 * so any candidate containing one is dropped rather than trimmed. Pure string logic.
 *
 * The title alone cannot tell a record from a list view ("All Opportunities | Opportunities |
 * Salesforce"): callers should only use the result on record pages.
 */

const MAX_LENGTH = 120;
/** Longer inputs are not titles anyone reads; bounding them keeps every step cheap. */
const MAX_INPUT = 2000;
/** "a@b", "a%40b", "a＠b": any address-looking pair, even without a dot. */
const EMAIL = /[\w.%+-](?:@|%40|＠)[\w-]/i;
const FULL_EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Zero-width and bidi control characters some apps (and senders) slip into titles. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const REPLY_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|antw)(?:\[\d+\])?\s*:\s*)+/i;
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' : ', ' · '];

/** Titles that name the app or a place in it, not a record. Compared lower-cased. */
const GENERIC = new Set([
  'salesforce',
  'lightning experience',
  'gmail',
  'outlook',
  'microsoft outlook',
  'jira',
  'confluence',
  'zendesk',
  'servicenow',
  'hubspot',
  'dynamics 365',
  'slack',
  'microsoft teams',
  'teams',
  'github',
  'notion',
  'workday',
  'freshdesk',
  'intercom',
  'google docs',
  'google sheets',
  'google slides',
  'loading',
  'loading…',
  'loading...',
  'home',
  'untitled',
  'untitled document',
  'untitled spreadsheet',
  'untitled presentation',
  'new tab',
  'dashboard',
  'dashboards',
  'search',
  'search results',
  'settings',
  'setup',
  'calendar',
  'activity',
  'chat',
  'inbox',
  'mail',
  'reports',
  'recently viewed',
  'sign in',
  'log in',
  'login',
]);

const SECTIONS: Partial<Record<AppId, ReadonlySet<string>>> = {
  gmail: new Set(['starred', 'snoozed', 'important', 'sent', 'sent mail', 'drafts', 'all mail', 'spam', 'trash', 'bin', 'scheduled', 'chats', 'outbox', 'compose mail']),
  outlook: new Set(['people', 'contacts', 'sent items', 'drafts', 'deleted items', 'archive', 'junk email', 'outbox', 'to do', 'tasks', 'notes', 'focused', 'other', 'files', 'groups', 'conversation history', 'new message']),
  hubspot: new Set(['contacts', 'companies', 'deals', 'tickets', 'tasks', 'lists', 'reports', 'conversations', 'quotes', 'products', 'sequences', 'marketing email', 'campaigns', 'workflows', 'leads']),
  slack: new Set(['dms', 'later', 'threads', 'mentions & reactions', 'saved items', 'files', 'all unreads', 'canvases', 'huddles', 'channels']),
  teams: new Set(['calls', 'files', 'apps', 'assignments', 'teams']),
  confluence: new Set(['pages', 'all content', 'blog', 'overview', 'space settings', 'people']),
  freshdesk: new Set(['tickets', 'all tickets', 'unresolved tickets', 'contacts', 'companies', 'solutions', 'admin']),
  intercom: new Set(['your inbox', 'mentions', 'all', 'unassigned', 'contacts', 'created by you']),
  workday: new Set(['my tasks', 'my account', 'worker profile']),
};
const TEAMS_SECTIONS = new Set(['chat', 'teams', 'activity', 'calendar', 'calls', 'files', 'apps', 'assignments']);

function normalize(title: string): string {
  return title
    .slice(0, MAX_INPUT)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\(\d[\d,]*\+?\)\s*/, '');
}

function parts(s: string, sep: string): string[] {
  return s
    .split(sep)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Drops trailing parts that name the app ("… - Jira", "… | HubSpot"), whatever the separator. */
function stripAppSuffix(s: string, app: RegExp): string {
  let rest = s;
  for (;;) {
    let at = -1;
    let len = 0;
    for (const sep of SEPARATORS) {
      const i = rest.lastIndexOf(sep);
      if (i > at) {
        at = i;
        len = sep.length;
      }
    }
    if (at < 0 || !app.test(rest.slice(at + len))) return rest;
    rest = rest.slice(0, at).trim();
  }
}

/** Removes trailing parts of `list` that match `re`, returning how many were removed. */
function popWhile(list: string[], re: RegExp): number {
  let n = 0;
  while (list.length > 0 && re.test(list[list.length - 1] ?? '')) {
    list.pop();
    n++;
  }
  return n;
}

function salesforce(s: string): string | undefined {
  // Classic: "Opportunity: Acme Renewal ~ Salesforce - Enterprise Edition".
  const tilde = s.indexOf(' ~ Salesforce');
  if (tilde >= 0) {
    const head = s.slice(0, tilde);
    const colon = head.indexOf(': ');
    return colon >= 0 ? head.slice(colon + 2) : head;
  }
  // Lightning (and console): "Acme Renewal | Opportunity | Salesforce": the record comes first.
  return parts(s, ' | ')[0];
}

function gmail(s: string): string | undefined {
  // "<subject> - <account address> - Gmail|<org name>": the subject is everything before the address.
  const list = parts(s, ' - ');
  let at = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (FULL_EMAIL.test(list[i] ?? '')) {
      at = i;
      break;
    }
  }
  if (at <= 0) return undefined;
  const subject = list.slice(0, at).join(' - ').replace(REPLY_PREFIX, '');
  const label = subject.replace(/\s*\(\d[\d,]*\+?\)$/, '').toLowerCase();
  return GENERIC.has(label) || SECTIONS.gmail?.has(label) ? undefined : subject;
}

function outlook(s: string): string | undefined {
  // "Mail - Jane Doe - Outlook", "Re: Q3 pricing - Jane Doe - Outlook".
  const list = parts(s, ' - ');
  if (popWhile(list, /^(?:microsoft )?outlook(?: web app| on the web)?$/i) === 0) return undefined;
  if (list.length >= 2) list.pop(); // the account (name or address)
  return list.join(' - ').replace(REPLY_PREFIX, '');
}

function jira(s: string): string | undefined {
  const head = stripAppSuffix(s, /jira/i);
  // "[ACME-42] Checkout fails on Safari" or "ACME-42: Checkout fails on Safari"; the key is in the URL.
  const m = /^\[[A-Z][A-Z0-9_]*-\d+\]\s*(.+)$/.exec(head) ?? /^[A-Z][A-Z0-9_]*-\d+:?\s+(.+)$/.exec(head);
  return m?.[1];
}

function confluence(s: string): string | undefined {
  // "Page title - Space - Confluence".
  const list = parts(s, ' - ');
  if (popWhile(list, /confluence/i) === 0) return undefined;
  if (list.length >= 2) list.pop(); // the space
  return list.join(' - ');
}

function zendesk(s: string): string | undefined {
  // "Printer on fire – Zendesk", "Ticket: Printer on fire – Acme – Zendesk".
  const head = stripAppSuffix(s, /zendesk/i);
  const list = parts(head, ' – ');
  if (list.length >= 2) list.pop(); // the account
  return list
    .join(' – ')
    .replace(/^(?:ticket|request)\s*(?:#\d+)?\s*[:\-–]\s*/i, '')
    .replace(/^#\d+\s*[:\-–]?\s*/, '');
}

function servicenow(s: string): string | undefined {
  // "INC0010023 | Incident | ServiceNow"; workspaces add " | <Name> Workspace".
  const list = parts(s, ' | ');
  popWhile(list, /servicenow/i);
  const workspace = popWhile(list, /workspace$/i) > 0;
  return list.length >= 2 || workspace ? list[0] : undefined;
}

function hubspot(s: string): string | undefined {
  // "Jane Doe | HubSpot".
  const head = stripAppSuffix(s, /hubspot/i);
  return head === s ? undefined : parts(head, ' | ')[0];
}

function dynamics(s: string): string | undefined {
  // "Opportunity: Acme Renewal - Dynamics 365", UCI sometimes "Account: Account: Contoso - Sales Hub".
  const list = parts(s, ' - ');
  if (list.length >= 2) list.pop(); // the app name, which varies by app
  const head = list.join(' - ');
  const bits = head.split(': ');
  if (bits.length < 2) return undefined;
  const entity = bits[0] ?? '';
  const name = bits.slice(bits.length >= 3 && bits[1] === entity ? 2 : 1).join(': ');
  return name === `New ${entity}` ? undefined : name;
}

function slack(s: string): string | undefined {
  const t = s.replace(/^[*!]\s+/, '');
  if (t.startsWith('Slack | ')) return parts(t, ' | ')[1]; // older "Slack | general | Acme"
  // "general (Channel) - Acme - Slack", "Jane Doe (DM) - Acme - Slack".
  const list = parts(t, ' - ');
  if (popWhile(list, /^slack$/i) === 0) return undefined;
  if (list.length >= 2) list.pop(); // the workspace
  return list
    .join(' - ')
    .replace(/\s*\((?:channel|dm|group dm|huddle|canvas|thread)\)$/i, '')
    .replace(/^#/, '');
}

function teams(s: string): string | undefined {
  // "Chat | Jane Doe | Microsoft Teams", "General (Marketing) | Microsoft Teams".
  const list = parts(s, ' | ');
  if (popWhile(list, /^(?:microsoft )?teams$/i) === 0) return undefined;
  while (list.length > 1 && TEAMS_SECTIONS.has((list[0] ?? '').toLowerCase())) list.shift();
  return list[0];
}

function github(s: string): string | undefined {
  // "Fix login race by octocat · Pull Request #42 · acme/web · GitHub".
  const list = parts(s, ' · ');
  const at = list.findIndex((p) => /^(?:pull request|issue|discussion) #\d+$/i.test(p));
  if (at <= 0) return undefined;
  const head = list.slice(0, at);
  // Discussions put the repository before the marker: "Title · acme/web · Discussion #12".
  if (head.length > 1) popWhile(head, /^[\w.-]+\/[\w.-]+$/);
  const title = head.join(' · ');
  return /^pull request/i.test(list[at] ?? '') ? title.replace(/ by [A-Za-z0-9-]+(?:\[bot\])?$/, '') : title;
}

function freshdesk(s: string): string | undefined {
  // "#123 : Printer on fire | Acme Support : Freshdesk": drop the app, the helpdesk and the number.
  const head = parts(stripAppSuffix(s, /freshdesk/i), ' | ')[0];
  return head?.replace(/^(?:ticket\s*)?#\d+\s*[:\-–]?\s*/i, '');
}

function googleEditor(suffix: string): (s: string) => string | undefined {
  // "Q3 plan - Google Docs": no suffix means the home screen or a title not set yet.
  return (s) => (s.endsWith(` - ${suffix}`) ? s.slice(0, -(suffix.length + 3)) : undefined);
}

function suffixed(app: RegExp, prefix?: RegExp): (s: string) => string | undefined {
  return (s) => {
    const head = stripAppSuffix(s, app);
    return prefix ? head.replace(prefix, '') : head;
  };
}

const PICKERS: Record<AppId, (title: string) => string | undefined> = {
  salesforce,
  gmail,
  outlook,
  gdocs: googleEditor('Google Docs'),
  gsheets: googleEditor('Google Sheets'),
  gslides: googleEditor('Google Slides'),
  jira,
  confluence,
  zendesk,
  servicenow,
  hubspot,
  dynamics,
  slack,
  teams,
  github,
  notion: suffixed(/^notion$/i),
  workday: suffixed(/^workday$/i),
  freshdesk,
  intercom: suffixed(/^intercom$/i, /^conversation with\s+/i),
};

function finish(app: AppId, candidate: string | undefined): string | undefined {
  if (candidate === undefined) return undefined;
  const s = candidate.trim();
  if (!/[\p{L}\p{N}]/u.test(s) || EMAIL.test(s)) return undefined;
  const key = s.toLowerCase();
  if (GENERIC.has(key) || SECTIONS[app]?.has(key)) return undefined;
  const chars = Array.from(s);
  return chars.length <= MAX_LENGTH ? s : chars.slice(0, MAX_LENGTH).join('').trimEnd();
}

/**
 * The record's display name from `document.title`, or undefined when the title is generic (the app
 * name, a folder, "Loading…") or would expose an e-mail address. At most 120 characters.
 */
export function recordTitleFromDocumentTitle(app: AppId, title: string): string | undefined {
  if (typeof title !== 'string') return undefined;
  const picker = PICKERS[app];
  if (!picker) return undefined;
  const clean = normalize(title);
  return clean ? finish(app, picker(clean)) : undefined;
}
