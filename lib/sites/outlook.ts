import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

// Work (office.com / office365.com / cloud.microsoft) and consumer (live.com) Outlook on the web.
const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft', 'outlook.live.com'];

// Exchange item ids are base64 (with "/", "+", "=" once decoded) plus "-" / "_" in the url-safe form.
const ITEM_ID = /^[A-Za-z0-9+/=_-]{8,290}$/;
// Well-known folders that are lists but not the inbox; custom folders are opaque ids.
const FOLDER = /^[A-Za-z0-9+/=_.-]{1,290}$/;
// Mail paths that are not folders.
const NOT_FOLDERS = new Set(['options', 'deeplink', 'compose', 'id', 'group', 'search']);

/** Drops the account index ("/mail/0/inbox" -> ["inbox"]). */
function afterAccount(parts: string[]): string[] {
  return /^\d{1,2}$/.test(parts[0] ?? '') ? parts.slice(1) : parts;
}

function detectMail(parts: string[]): PageContext | null {
  const [first, second, third] = parts;
  if (first === undefined) return { app: 'outlook', page: 'inbox', object: 'message' };
  if (first === 'compose' || (first === 'deeplink' && second === 'compose')) {
    return { app: 'outlook', page: 'compose', object: 'message' };
  }
  // Read deep links: /mail/deeplink/read/<itemId>.
  if (first === 'deeplink' && second === 'read' && third && ITEM_ID.test(third) && parts.length === 3) {
    return { app: 'outlook', page: 'message', object: 'message', recordId: third };
  }
  if (first === 'search') {
    if (second === undefined) return { app: 'outlook', page: 'search', object: 'message' };
    if (second === 'id' && third && ITEM_ID.test(third)) {
      return { app: 'outlook', page: 'message', object: 'message', recordId: third };
    }
    return null;
  }
  // Settings (/mail/options/...), groups and unknown deeplinks are not mail the employee works on.
  if (NOT_FOLDERS.has(first) || !FOLDER.test(first)) return null;
  if (second === undefined) {
    return { app: 'outlook', page: first === 'inbox' ? 'inbox' : 'list', object: 'message' };
  }
  // /mail/<folder>/id/<itemId>[/sxs/<attachment>]: the reading pane stays on that message.
  if (second === 'id' && third && ITEM_ID.test(third)) {
    return { app: 'outlook', page: 'message', object: 'message', recordId: third };
  }
  return null;
}

// Calendar: an opened event is a working page; calendar views are the calendar's home.
function detectCalendar(parts: string[]): PageContext | null {
  const [first, second, third] = parts;
  if (first === undefined || first === 'view') return { app: 'outlook', page: 'home', object: 'event' };
  if (first === 'item' && second && ITEM_ID.test(second)) {
    return { app: 'outlook', page: 'event', object: 'event', recordId: second };
  }
  if (first === 'deeplink' && second === 'read' && third && ITEM_ID.test(third)) {
    return { app: 'outlook', page: 'event', object: 'event', recordId: third };
  }
  if (first === 'deeplink' && second === 'compose') return { app: 'outlook', page: 'compose', object: 'event' };
  return null;
}

function detect(url: URL): PageContext | null {
  if (!HOSTS.includes(url.hostname)) return null;
  // Segments are URL-decoded one by one, so an id's "%2F" becomes "/" without splitting the path.
  const [root, ...rest] = segments(url.pathname);
  if (root === 'mail') return detectMail(afterAccount(rest));
  if (root === 'calendar') return detectCalendar(afterAccount(rest));
  return null;
}

export const outlook: SiteDetector = {
  app: 'outlook',
  label: 'Outlook',
  matches: HOST_PATTERNS.outlook,
  ownsHost: (host) => HOSTS.includes(host),
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const outlookExamples: readonly DetectorExample[] = [
  {
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLTAwCgAQAFr%2BtzYtL6kTLNq7HZWG8UP%3D',
    expect: {
      app: 'outlook',
      page: 'message',
      object: 'message',
      recordId: 'AAQkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLTAwCgAQAFr+tzYtL6kTLNq7HZWG8UP=',
    },
  },
  {
    url: 'https://outlook.office.com/mail/sentitems/id/AAQkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLTAwCgAQAM2%2FxYz9%3D',
    expect: { app: 'outlook', page: 'message', object: 'message', recordId: 'AAQkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLTAwCgAQAM2/xYz9=' },
  },
  {
    url: 'https://outlook.office365.com/mail/AAMkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLgAAAz%3D/id/AAQkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLTAwCgAQAB1%3D',
    expect: { app: 'outlook', page: 'message', object: 'message', recordId: 'AAQkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLTAwCgAQAB1=' },
  },
  {
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATYwMAItZjk2Ny1mOWFiLTAwAi0wMAoAEAB7%2BDy5%3D',
    expect: { app: 'outlook', page: 'message', object: 'message', recordId: 'AQQkADAwATYwMAItZjk2Ny1mOWFiLTAwAi0wMAoAEAB7+Dy5=' },
  },
  { url: 'https://outlook.office.com/mail/inbox', expect: { app: 'outlook', page: 'inbox', object: 'message' } },
  { url: 'https://outlook.office.com/mail/', expect: { app: 'outlook', page: 'inbox', object: 'message' } },
  { url: 'https://outlook.office.com/mail/deleteditems', expect: { app: 'outlook', page: 'list', object: 'message' } },
  { url: 'https://outlook.office.com/mail/deeplink/compose?to=jane%40acme.com', expect: { app: 'outlook', page: 'compose', object: 'message' } },
  { url: 'https://outlook.cloud.microsoft/mail/compose', expect: { app: 'outlook', page: 'compose', object: 'message' } },
  {
    url: 'https://outlook.office.com/calendar/item/AAMkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLgBGAAAAAABx%2FQ%3D%3D',
    expect: { app: 'outlook', page: 'event', object: 'event', recordId: 'AAMkADAwATM0MDAAMS1hNDFlLTRiYWUtMDACLgBGAAAAAABx/Q==' },
  },
  { url: 'https://outlook.office.com/calendar/view/workweek', expect: { app: 'outlook', page: 'home', object: 'event' } },
  { url: 'https://outlook.office.com/mail/options/mail/layout', expect: null },
  { url: 'https://outlook.office.com/owa/?realm=acme.com', expect: null },
  { url: 'https://www.microsoft.com/en-us/microsoft-365/outlook/email-and-calendar-software-microsoft-outlook', expect: null },
  {
    url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?redirect_uri=https%3A%2F%2Foutlook.office.com%2Fmail%2Finbox%2Fid%2FAAQkAD',
    expect: null,
  },
  { url: 'https://outlook.office.com/people/', expect: null },
];
