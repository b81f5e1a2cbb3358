import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { isHostOf, segments } from './util';

// Project key: a letter, then letters/digits/underscore; URLs may carry it lower-case.
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-\d{1,12}$/i;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/i;
const NUMBER = /^\d{1,12}$/;

/** Jira Cloud sites are <site>.atlassian.net; Confluence shares the host under /wiki. */
export function ownsAtlassianHost(host: string): boolean {
  return isHostOf(host, 'atlassian.net') && host !== 'atlassian.net';
}

function issueKey(s: string | undefined | null): string | null {
  return s && ISSUE_KEY.test(s) ? s.toUpperCase() : null;
}

const issue = (key: string): PageContext => ({ app: 'jira', page: 'issue', object: 'issue', recordId: key });
const many = (page: string): PageContext => ({ app: 'jira', page, object: 'issue' });

/** /jira/<software|servicedesk|core>/[c/]projects/<KEY>/... */
function projectRoute(rest: string[]): PageContext | null {
  const [key, kind, ...tail] = rest;
  if (!key || !PROJECT_KEY.test(key)) return null;
  switch (kind) {
    case undefined:
    case 'summary':
      return many('board');
    case 'boards': {
      const [boardId, view] = tail;
      if (!boardId || !NUMBER.test(boardId)) return null;
      return many(view === 'backlog' ? 'list' : 'board');
    }
    case 'board':
    case 'timeline':
    case 'calendar':
      return many('board');
    case 'list':
    case 'issues': {
      const key2 = issueKey(tail[0]);
      if (key2) return issue(key2);
      return tail.length === 0 ? many('list') : null;
    }
    case 'queues': {
      // /queues/custom/<n>[/<ISSUE>] and /queues/issue/<ISSUE>.
      const key2 = issueKey(tail[tail.length - 1]);
      if (key2) return issue(key2);
      if (tail.length === 0 || (tail[0] === 'custom' && NUMBER.test(tail[1] ?? '') && tail.length === 2)) {
        return many('queue');
      }
      return null;
    }
    default:
      return null;
  }
}

function route(parts: string[]): PageContext | null {
  const [root, a, b, ...rest] = parts;
  switch (root) {
    case 'browse': {
      const key = issueKey(a);
      return key && b === undefined ? issue(key) : null;
    }
    case 'issues': {
      // Old navigator: /issues/?jql=... and /issues/ACME-42?jql=...
      if (a === undefined) return many('list');
      const key = issueKey(a);
      return key && b === undefined ? issue(key) : null;
    }
    case 'secure':
      if (a === 'RapidBoard.jspa') return many('board');
      if (a === 'Dashboard.jspa') return { app: 'jira', page: 'home' };
      return null;
    case 'jira':
      if (a === undefined || a === 'your-work' || a === 'for-you') return { app: 'jira', page: 'home' };
      if (a === 'dashboards' && (b === undefined || NUMBER.test(b) || b === 'last-visited')) {
        return { app: 'jira', page: 'home' };
      }
      if (a === 'projects' && b === undefined) return { app: 'jira', page: 'list', object: 'project' };
      if (a === 'software' || a === 'servicedesk' || a === 'core' || a === 'business') {
        // Team-managed projects add "/c": /jira/software/c/projects/ACME/...
        const tail = b === 'c' ? rest : [b ?? '', ...rest];
        if (tail[0] !== 'projects') return null;
        return projectRoute(tail.slice(1));
      }
      return null;
    default:
      return null;
  }
}

// Boards, lists and queues open an issue in a side panel via ?selectedIssue=: the open issue wins.
function detect(url: URL): PageContext | null {
  if (!ownsAtlassianHost(url.hostname)) return null;
  // Settings/admin anywhere in the path are not working pages (segments are decoded already).
  const parts = segments(url.pathname);
  if (parts.some((p) => p === 'settings' || p === 'admin')) return null;
  const base = route(parts);
  if (!base) return null;
  const selected = issueKey(url.searchParams.get('selectedIssue'));
  return selected ? issue(selected) : base;
}

export const jira: SiteDetector = {
  app: 'jira',
  label: 'Jira',
  matches: HOST_PATTERNS.jira,
  ownsHost: ownsAtlassianHost,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const jiraExamples: readonly DetectorExample[] = [
  { url: 'https://acme.atlassian.net/browse/ACME-42', expect: issue('ACME-42') },
  { url: 'https://acme.atlassian.net/browse/acme-42?focusedCommentId=10012', expect: issue('ACME-42') },
  { url: 'https://acme.atlassian.net/browse/WEB_2-7', expect: issue('WEB_2-7') },
  { url: 'https://acme.atlassian.net/jira/software/projects/ACME/boards/7?selectedIssue=ACME-42', expect: issue('ACME-42') },
  { url: 'https://acme.atlassian.net/jira/software/projects/ACME/boards/7', expect: many('board') },
  { url: 'https://acme.atlassian.net/jira/software/c/projects/ACME/boards/7', expect: many('board') },
  { url: 'https://acme.atlassian.net/jira/software/c/projects/ACME/boards/7/backlog', expect: many('list') },
  { url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12', expect: issue('SUP-12') },
  { url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1', expect: many('queue') },
  { url: 'https://acme.atlassian.net/issues/?jql=project%20%3D%20ACME%20ORDER%20BY%20created%20DESC', expect: many('list') },
  {
    url: 'https://acme.atlassian.net/jira/software/projects/ACME/issues?jql=project%20%3D%20%22ACME%22&selectedIssue=ACME-7',
    expect: issue('ACME-7'),
  },
  { url: 'https://acme.atlassian.net/jira/software/c/projects/ACME/issues/ACME-42?jql=assignee%20%3D%20currentUser()', expect: issue('ACME-42') },
  { url: 'https://acme.atlassian.net/jira/software/projects/ACME/issues', expect: many('list') },
  { url: 'https://acme.atlassian.net/jira/your-work', expect: { app: 'jira', page: 'home' } },
  { url: 'https://acme.atlassian.net/jira/core/projects/OPS/board', expect: many('board') },
  { url: 'https://acme.atlassian.net/jira/core/projects/OPS/list?selectedIssue=OPS-3', expect: issue('OPS-3') },
  { url: 'https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=7&selectedIssue=ACME-9', expect: issue('ACME-9') },
  { url: 'https://acme.atlassian.net/rest/api/3/issue/ACME-42', expect: null },
  { url: 'https://acme.atlassian.net/jira/software/projects/ACME/settings/details', expect: null },
  { url: 'https://id.atlassian.com/login?continue=https%3A%2F%2Facme.atlassian.net%2Fbrowse%2FACME-42', expect: null },
  { url: 'https://www.atlassian.com/software/jira', expect: null },
  { url: 'https://acme.atlassian.net/browse/42-ACME', expect: null },
];
