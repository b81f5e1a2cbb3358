import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { ownsAtlassianHost } from './jira';
import { segments } from './util';

const CONTENT_ID = /^\d{1,20}$/;
// Space keys: letters/digits, or "~<accountId>" for personal spaces.
const SPACE_KEY = /^~?[A-Za-z0-9_:-]{1,255}$/;

const page = (id: string): PageContext => ({ app: 'confluence', page: 'page', object: 'page', recordId: id });
const edit = (id: string): PageContext => ({ app: 'confluence', page: 'page_edit', object: 'page', recordId: id });
const blog = (id: string): PageContext => ({ app: 'confluence', page: 'blog', object: 'blogpost', recordId: id });

/** /wiki/spaces/<KEY>/blog/[yyyy/mm/dd/]<id>[/<title>] */
function blogRoute(tail: string[]): PageContext | null {
  if (tail.length === 0) return { app: 'confluence', page: 'list', object: 'blogpost' };
  const [y, m, d, dated] = tail;
  if (/^\d{4}$/.test(y ?? '') && /^\d{2}$/.test(m ?? '') && /^\d{2}$/.test(d ?? '') && dated !== undefined) {
    return CONTENT_ID.test(dated) ? blog(dated) : null;
  }
  return y !== undefined && CONTENT_ID.test(y) ? blog(y) : null;
}

function spaceRoute(key: string, rest: string[]): PageContext | null {
  const [kind, a, b] = rest;
  switch (kind) {
    case undefined:
    case 'overview':
      // A space's home: the space key is the record the employee is looking at.
      return rest.length <= 1 ? { app: 'confluence', page: 'space', object: 'space', recordId: key } : null;
    case 'pages':
      if (a === undefined) return { app: 'confluence', page: 'list', object: 'page' };
      if ((a === 'edit-v2' || a === 'edit') && b !== undefined && CONTENT_ID.test(b)) return edit(b);
      return CONTENT_ID.test(a) ? page(a) : null;
    case 'blog':
      return blogRoute(rest.slice(1));
    default:
      return null;
  }
}

// Confluence Cloud lives under /wiki on the same <site>.atlassian.net host as Jira.
function detect(url: URL): PageContext | null {
  if (!ownsAtlassianHost(url.hostname)) return null;
  const [root, kind, key, ...rest] = segments(url.pathname);
  if (root !== 'wiki') return null;
  switch (kind) {
    case undefined:
    case 'home':
      return key === undefined ? { app: 'confluence', page: 'home' } : null;
    case 'search':
      return { app: 'confluence', page: 'search', object: 'page' };
    case 'spaces':
      if (key === undefined) return { app: 'confluence', page: 'list', object: 'space' };
      // Space settings and other admin screens are not content.
      if (!SPACE_KEY.test(key) || rest.includes('settings')) return null;
      return spaceRoute(key, rest);
    case 'pages': {
      // Legacy action URLs: /wiki/pages/viewpage.action?pageId=123.
      const id = url.searchParams.get('pageId') ?? '';
      if (rest.length > 0 || !CONTENT_ID.test(id)) return null;
      if (key === 'viewpage.action') return page(id);
      if (key === 'editpage.action') return edit(id);
      return null;
    }
    default:
      return null;
  }
}

export const confluence: SiteDetector = {
  app: 'confluence',
  label: 'Confluence',
  matches: HOST_PATTERNS.confluence,
  ownsHost: ownsAtlassianHost,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const confluenceExamples: readonly DetectorExample[] = [
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/pages/123456789/Page+Title', expect: page('123456789') },
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/pages/123456789', expect: page('123456789') },
  { url: 'https://acme.atlassian.net/wiki/spaces/~5b1234567890abcdef012345/pages/2031616/Notes', expect: page('2031616') },
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/pages/edit-v2/123456789?draftShareId=9f1b2c3d', expect: edit('123456789') },
  { url: 'https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=123', expect: page('123') },
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/blog/2026/01/05/3473409/Release+notes+January', expect: blog('3473409') },
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/overview', expect: { app: 'confluence', page: 'space', object: 'space', recordId: 'ENG' } },
  { url: 'https://acme.atlassian.net/wiki/home', expect: { app: 'confluence', page: 'home' } },
  { url: 'https://acme.atlassian.net/wiki/search?text=onboarding', expect: { app: 'confluence', page: 'search', object: 'page' } },
  { url: 'https://acme.atlassian.net/wiki/rest/api/content/123456789?expand=body.storage', expect: null },
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/settings/permissions', expect: null },
  { url: 'https://acme.atlassian.net/wiki/admin/users', expect: null },
  { url: 'https://id.atlassian.com/login?continue=https%3A%2F%2Facme.atlassian.net%2Fwiki%2Fhome', expect: null },
  { url: 'https://www.atlassian.com/software/confluence', expect: null },
];
