import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

const HOST = 'github.com';

// First path segments GitHub reserves: no user or org can be named like these, so "/pricing/x" is
// never a repo. Everything here that is not routed below is a null (marketing, auth, settings).
const RESERVED = new Set([
  'about', 'account', 'achievements', 'advisories', 'apps', 'blog', 'codespaces', 'collections', 'contact',
  'copilot', 'customer-stories', 'dashboard', 'discussions', 'education', 'enterprise', 'enterprises',
  'events', 'explore', 'features', 'github-copilot', 'home', 'issues', 'join', 'login', 'logout', 'marketplace',
  'mobile', 'models', 'new', 'nonprofit', 'notifications', 'organizations', 'orgs', 'partners', 'password_reset',
  'premium-support', 'pricing', 'pulls', 'readme', 'redeem', 'repositories', 'resources', 'search', 'security',
  'session', 'sessions', 'settings', 'signup', 'site', 'sitemap', 'solutions', 'sponsors', 'stars', 'team',
  'topics', 'trending', 'users', 'watching', 'why-github',
]);

const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const NUMBER = /^\d{1,10}$/;
const SHA = /^[0-9a-f]{7,40}$/i;
const PULL_TABS = new Set(['files', 'commits', 'checks', 'changes']);
const MAX_ID = 300;

/** GitHub's own dashboard-level pages. */
function topLevel(root: string | undefined, rest: string[]): PageContext | null {
  if (rest.length > 0) return null;
  switch (root) {
    case undefined:
      return { app: 'github', page: 'home' };
    case 'notifications':
      return { app: 'github', page: 'inbox', object: 'notification' };
    case 'pulls':
      return { app: 'github', page: 'list', object: 'pull' };
    case 'issues':
      return { app: 'github', page: 'list', object: 'issue' };
    case 'search':
      return { app: 'github', page: 'search' };
    default:
      return null;
  }
}

/** /<owner>/<repo>/<kind>/... */
function repoRoute(repo: string, kind: string | undefined, rest: string[]): PageContext | null {
  const [a, b] = rest;
  switch (kind) {
    case undefined:
      return { app: 'github', page: 'repo', object: 'repository', recordId: repo };
    case 'issues':
      if (a === undefined) return { app: 'github', page: 'list', object: 'issue' };
      if (a === 'new' && b === undefined) return { app: 'github', page: 'compose', object: 'issue' };
      return NUMBER.test(a) && b === undefined ? { app: 'github', page: 'issue', object: 'issue', recordId: `${repo}#${a}` } : null;
    case 'pull':
      // The PR's tabs (files, commits, checks) are still that pull request.
      if (a === undefined || !NUMBER.test(a) || (b !== undefined && !PULL_TABS.has(b))) return null;
      return { app: 'github', page: 'pull', object: 'pull', recordId: `${repo}#${a}` };
    case 'pulls':
      return a === undefined ? { app: 'github', page: 'list', object: 'pull' } : null;
    case 'discussions':
      if (a === undefined) return { app: 'github', page: 'list', object: 'discussion' };
      return NUMBER.test(a) && b === undefined
        ? { app: 'github', page: 'discussion', object: 'discussion', recordId: `${repo}#${a}` }
        : null;
    case 'commit':
      return a !== undefined && SHA.test(a) && b === undefined
        ? { app: 'github', page: 'commit', object: 'commit', recordId: `${repo}@${a}` }
        : null;
    case 'commits':
      return { app: 'github', page: 'list', object: 'commit' };
    case 'compare': {
      // Branch names may hold slashes, so the range is the rest of the path ("main...feature/x").
      if (a === undefined) return null;
      const id = `${repo}@${rest.join('/')}`;
      return id.length <= MAX_ID
        ? { app: 'github', page: 'compare', object: 'compare', recordId: id }
        : { app: 'github', page: 'compare', object: 'compare' };
    }
    case 'blob':
    case 'tree': {
      if (a === undefined) return null;
      const object = kind === 'blob' ? 'file' : 'directory';
      // "<ref>/<path>" cannot be split safely (refs hold slashes): keep it whole, as the URL does.
      const id = `${repo}/${kind}/${rest.join('/')}`;
      return id.length <= MAX_ID ? { app: 'github', page: 'code', object, recordId: id } : { app: 'github', page: 'code', object };
    }
    default:
      // settings, actions, security, insights, wiki...: not pages Lastmile has tips for.
      return null;
  }
}

function detect(url: URL): PageContext | null {
  if (url.hostname !== HOST) return null;
  const [owner, name, kind, ...rest] = segments(url.pathname);
  if (owner === undefined || RESERVED.has(owner.toLowerCase())) {
    return topLevel(owner?.toLowerCase(), [name, kind, ...rest].filter((s): s is string => s !== undefined));
  }
  // A bare "/<owner>" is a profile, not a working page.
  if (name === undefined || !OWNER.test(owner) || !REPO.test(name) || name === '.' || name === '..') return null;
  return repoRoute(`${owner}/${name}`, kind, rest);
}

export const github: SiteDetector = {
  app: 'github',
  label: 'GitHub',
  matches: HOST_PATTERNS.github,
  ownsHost: (host) => host === HOST,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const githubExamples: readonly DetectorExample[] = [
  { url: 'https://github.com/acme/web/issues/42', expect: { app: 'github', page: 'issue', object: 'issue', recordId: 'acme/web#42' } },
  {
    url: 'https://github.com/acme/web/issues/42#issuecomment-2104567890',
    expect: { app: 'github', page: 'issue', object: 'issue', recordId: 'acme/web#42' },
  },
  { url: 'https://github.com/acme/web/pull/42', expect: { app: 'github', page: 'pull', object: 'pull', recordId: 'acme/web#42' } },
  {
    url: 'https://github.com/acme/web/pull/42/files#diff-3f2a9c1b7e',
    expect: { app: 'github', page: 'pull', object: 'pull', recordId: 'acme/web#42' },
  },
  { url: 'https://github.com/acme/web/pull/42/commits', expect: { app: 'github', page: 'pull', object: 'pull', recordId: 'acme/web#42' } },
  { url: 'https://github.com/acme/web/pull/42/checks', expect: { app: 'github', page: 'pull', object: 'pull', recordId: 'acme/web#42' } },
  { url: 'https://github.com/acme/web/issues?q=is%3Aissue+is%3Aopen', expect: { app: 'github', page: 'list', object: 'issue' } },
  { url: 'https://github.com/acme/web/pulls', expect: { app: 'github', page: 'list', object: 'pull' } },
  { url: 'https://github.com/acme/web/issues/new', expect: { app: 'github', page: 'compose', object: 'issue' } },
  { url: 'https://github.com/acme/web', expect: { app: 'github', page: 'repo', object: 'repository', recordId: 'acme/web' } },
  {
    url: 'https://github.com/acme/web/discussions/7',
    expect: { app: 'github', page: 'discussion', object: 'discussion', recordId: 'acme/web#7' },
  },
  {
    url: 'https://github.com/acme/web/blob/main/src/x.ts',
    expect: { app: 'github', page: 'code', object: 'file', recordId: 'acme/web/blob/main/src/x.ts' },
  },
  {
    url: 'https://github.com/acme/web/compare/main...feat',
    expect: { app: 'github', page: 'compare', object: 'compare', recordId: 'acme/web@main...feat' },
  },
  {
    url: 'https://github.com/acme/web/commit/9fceb02d0ae598e95dc970b74767f19372d61af8',
    expect: { app: 'github', page: 'commit', object: 'commit', recordId: 'acme/web@9fceb02d0ae598e95dc970b74767f19372d61af8' },
  },
  { url: 'https://github.com/notifications', expect: { app: 'github', page: 'inbox', object: 'notification' } },
  { url: 'https://github.com/', expect: { app: 'github', page: 'home' } },
  { url: 'https://github.com/settings/profile', expect: null },
  { url: 'https://github.com/login?return_to=%2Facme%2Fweb%2Fpull%2F42', expect: null },
  { url: 'https://github.com/features/copilot', expect: null },
  { url: 'https://github.com/orgs/acme/settings/members', expect: null },
  { url: 'https://github.com/marketplace/actions/checkout', expect: null },
  { url: 'https://github.com/acme/web/settings', expect: null },
  { url: 'https://github.com/acme', expect: null },
  { url: 'https://api.github.com/repos/acme/web/pulls/42', expect: null },
  { url: 'https://docs.github.com/en/pull-requests', expect: null },
  { url: 'https://gist.github.com/jane/5d1b8c2e9f0a4b3c7d6e', expect: null },
];
