/**
 * Edge cases of the collaboration/mail/dev detectors beyond their replayed examples: precedence
 * rules, id normalisation, bounds, and inputs designed to confuse a path parser.
 */
import { describe, expect, it } from 'vitest';
import type { PageContext, SiteDetector } from '@/lib/sites/types';
import { gmail } from '@/lib/sites/gmail';
import { outlook } from '@/lib/sites/outlook';
import { gdocs, gsheets, gslides } from '@/lib/sites/google-workspace';
import { jira } from '@/lib/sites/jira';
import { confluence } from '@/lib/sites/confluence';
import { slack } from '@/lib/sites/slack';
import { teams } from '@/lib/sites/teams';
import { github } from '@/lib/sites/github';
import { notion } from '@/lib/sites/notion';
import { freshdesk } from '@/lib/sites/freshdesk';
import { intercom } from '@/lib/sites/intercom';

const run = (d: SiteDetector, url: string): PageContext | null => d.detect(new URL(url));

const THREAD = 'FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs';

describe('gmail', () => {
  it('lets compose win over the thread it overlays, in the hash or the query', () => {
    const compose = { app: 'gmail', page: 'compose', object: 'message' };
    expect(run(gmail, `https://mail.google.com/mail/u/0/#inbox/${THREAD}?compose=new`)).toStrictEqual(compose);
    expect(run(gmail, `https://mail.google.com/mail/u/0/?compose=CllgC#label/Clients%2FAcme/${THREAD}`)).toStrictEqual(compose);
  });

  it('reads the thread after a label holding encoded slashes, spaces and bad escapes', () => {
    for (const label of ['Clients%2FAcme%2FRenewals', 'Q3+Deals', 'Caf%C3%A9', '%E0%A4%A']) {
      expect(run(gmail, `https://mail.google.com/mail/u/3/#label/${label}/${THREAD}`)?.recordId).toBe(THREAD);
    }
  });

  it('returns null for unknown or prototype-named hash roots and other Google paths', () => {
    for (const hash of ['#settings/filters', '#constructor', '#__proto__/x', '#toString', '#contacts', '#inbox/not/a/thread']) {
      expect(run(gmail, `https://mail.google.com/mail/u/0/${hash}`)).toBeNull();
    }
    expect(run(gmail, 'https://mail.google.com/chat/u/0/')).toBeNull();
    expect(run(gmail, 'https://mail.google.com/mail/u/x/')).toBeNull();
  });
});

describe('outlook', () => {
  it('keeps the decoded item id while an attachment is open beside the message', () => {
    expect(run(outlook, 'https://outlook.office.com/mail/inbox/id/AAQkADAw%2BAbC%3D/sxs/AAMkADAwAttach%3D')).toStrictEqual({
      app: 'outlook',
      page: 'message',
      object: 'message',
      recordId: 'AAQkADAw+AbC=',
    });
  });

  it('reads deep links and rejects settings and groups', () => {
    expect(run(outlook, 'https://outlook.office.com/mail/deeplink/read/AAMkADAwMessage%3D?ItemID=x')?.recordId).toBe('AAMkADAwMessage=');
    expect(run(outlook, 'https://outlook.office.com/mail/options/general/accounts')).toBeNull();
    expect(run(outlook, 'https://outlook.office.com/mail/group/acme.com/sales/email')).toBeNull();
    expect(run(outlook, 'https://outlook.office.com/calendar/deeplink/compose')).toStrictEqual({
      app: 'outlook',
      page: 'compose',
      object: 'event',
    });
  });
});

describe('google workspace', () => {
  const id = '1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';

  it('gives each editor only its own files', () => {
    const docUrl = `https://docs.google.com/document/d/${id}/edit`;
    expect(run(gdocs, docUrl)?.app).toBe('gdocs');
    expect(run(gsheets, docUrl)).toBeNull();
    expect(run(gslides, docUrl)).toBeNull();
  });

  it('rejects ids of the wrong shape and unsupported editors', () => {
    expect(run(gdocs, 'https://docs.google.com/document/d/short/edit')).toBeNull();
    expect(run(gdocs, `https://docs.google.com/document/d/${id}/edit/extra`)).toBeNull();
    for (const d of [gdocs, gsheets, gslides]) {
      expect(run(d, `https://docs.google.com/forms/d/${id}/edit`)).toBeNull();
      expect(run(d, `https://docs.google.com/drawings/d/${id}/edit`)).toBeNull();
    }
  });
});

describe('jira', () => {
  it('normalises lower-case keys, in the path and in selectedIssue', () => {
    expect(run(jira, 'https://acme.atlassian.net/browse/acme-42')?.recordId).toBe('ACME-42');
    expect(run(jira, 'https://acme.atlassian.net/jira/software/projects/ACME/boards/7?selectedIssue=acme-9')?.recordId).toBe('ACME-9');
  });

  it('ignores a malformed selectedIssue and keeps the board', () => {
    for (const bad of ['9ACME-1', 'ACME', 'ACME-', '%E0%A4%A', 'ACME-42;drop']) {
      expect(run(jira, `https://acme.atlassian.net/jira/software/projects/ACME/boards/7?selectedIssue=${bad}`)).toStrictEqual({
        app: 'jira',
        page: 'board',
        object: 'issue',
      });
    }
  });

  it('does not claim Confluence, REST, admin or unknown pages', () => {
    for (const path of ['/wiki/home', '/rest/agile/1.0/board/7', '/secure/admin/ViewApplicationProperties.jspa', '/plugins/servlet/ac/x', '/browse/ACME-42/extra']) {
      expect(run(jira, `https://acme.atlassian.net${path}`)).toBeNull();
    }
    expect(run(jira, 'https://atlassian.net/browse/ACME-42')).toBeNull();
  });
});

describe('confluence', () => {
  it('reads undated blog links, legacy edit actions and the space list', () => {
    expect(run(confluence, 'https://acme.atlassian.net/wiki/spaces/ENG/blog/3473409/Title')?.recordId).toBe('3473409');
    expect(run(confluence, 'https://acme.atlassian.net/wiki/pages/editpage.action?pageId=42')).toStrictEqual({
      app: 'confluence',
      page: 'page_edit',
      object: 'page',
      recordId: '42',
    });
    expect(run(confluence, 'https://acme.atlassian.net/wiki/spaces')).toStrictEqual({ app: 'confluence', page: 'list', object: 'space' });
  });

  it('rejects non-numeric page ids and viewpage without one', () => {
    expect(run(confluence, 'https://acme.atlassian.net/wiki/spaces/ENG/pages/abc/Title')).toBeNull();
    expect(run(confluence, 'https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=x')).toBeNull();
  });
});

describe('slack', () => {
  it('turns a permalink ts into the client thread key form', () => {
    expect(run(slack, 'https://acme.slack.com/archives/D07QWERTY12/p1712345678000100')?.recordId).toBe('D07QWERTY12-1712345678.000100');
  });

  it('rejects bad ids and non-workspace hosts', () => {
    expect(run(slack, 'https://app.slack.com/client/x0123ABCD/C0456EFGH')).toBeNull();
    expect(run(slack, 'https://app.slack.com/client/T0123ABCD/general')).toBeNull();
    expect(run(slack, 'https://acme.slack.com/archives/C0456EFGH/p123')).toBeNull();
    expect(run(slack, 'https://www.slack.com/archives/C0456EFGH')).toBeNull();
    expect(slack.ownsHost('slack.com.evil.example')).toBe(false);
  });
});

describe('teams', () => {
  it('uses the decoded thread id for chats, and thread;messageid for posts', () => {
    expect(run(teams, 'https://teams.microsoft.com/l/chat/19%3Ameeting_NjU3ZGQ5YjQ%40thread.v2/conversations')?.recordId).toBe(
      '19:meeting_NjU3ZGQ5YjQ@thread.v2',
    );
    expect(run(teams, 'https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1712345678901')?.recordId).toBe(
      '19:abc@thread.tacv2;messageid=1712345678901',
    );
  });

  it('rejects malformed thread ids and message ids', () => {
    expect(run(teams, 'https://teams.microsoft.com/l/channel/20:abc@thread.tacv2/General')).toBeNull();
    expect(run(teams, 'https://teams.microsoft.com/l/message/19:abc@thread.tacv2/notanumber')).toBeNull();
    expect(run(teams, 'https://teams.microsoft.com/v2/extra')).toBeNull();
  });
});

describe('github', () => {
  it('treats reserved first segments as GitHub pages, whatever the case', () => {
    for (const path of ['/Settings/profile', '/ORGS/acme/people', '/topics/typescript', '/sponsors/jane', '/explore', '/pricing']) {
      expect(run(github, `https://github.com${path}`)).toBeNull();
    }
    expect(run(github, 'https://github.com/pulls')).toStrictEqual({ app: 'github', page: 'list', object: 'pull' });
  });

  it('keeps branch slashes in compare and drops over-long code ids', () => {
    expect(run(github, 'https://github.com/acme/web/compare/main...feature/login?expand=1')?.recordId).toBe(
      'acme/web@main...feature/login',
    );
    const long = run(github, `https://github.com/acme/web/blob/main/${'dir/'.repeat(100)}x.ts`);
    expect(long).toStrictEqual({ app: 'github', page: 'code', object: 'file' });
  });

  it('rejects non-numeric issue and pull numbers and unknown pull tabs', () => {
    expect(run(github, 'https://github.com/acme/web/issues/abc')).toBeNull();
    expect(run(github, 'https://github.com/acme/web/pull/42/settings')).toBeNull();
    expect(run(github, 'https://github.com/acme/web%2Fx/pull/1')).toBeNull();
  });
});

describe('notion', () => {
  const id = '0123456789abcdef0123456789abcdef';

  it('normalises uuid and upper-case ids, and ignores a malformed peek', () => {
    expect(run(notion, 'https://www.notion.so/Plan-01234567-89AB-CDEF-0123-456789ABCDEF')?.recordId).toBe(id);
    expect(run(notion, `https://www.notion.so/acme/Plan-${id}?p=not-an-id&pm=s`)?.recordId).toBe(id);
  });

  it('rejects slugs without an id and over-long inputs', () => {
    expect(run(notion, 'https://www.notion.so/acme/Plan')).toBeNull();
    expect(run(notion, `https://www.notion.so/acme/${'x'.repeat(5000)}${id}`)).toBeNull();
    expect(run(notion, `https://www.notion.so/templates/Plan-${id}`)).toBeNull();
  });
});

describe('freshdesk and intercom', () => {
  it('rejects the customer portal and non-numeric ids', () => {
    expect(run(freshdesk, 'https://acme.freshdesk.com/a/tickets/abc')).toBeNull();
    expect(run(freshdesk, 'https://acme.freshdesk.com/support/home')).toBeNull();
    expect(run(intercom, 'https://app.intercom.com/a/inbox/x7k2p9q1/inbox/shared/all/conversation/abc')).toBeNull();
    expect(run(intercom, 'https://app.intercom.com/a/inbox/BAD_ID!/inbox')).toBeNull();
  });

  it('reads legacy Intercom conversation permalinks and search', () => {
    expect(run(intercom, 'https://app.intercom.com/a/apps/x7k2p9q1/conversations/123')?.recordId).toBe('123');
    expect(run(intercom, 'https://app.intercom.com/a/inbox/x7k2p9q1/inbox/search?query=refund')).toStrictEqual({
      app: 'intercom',
      page: 'search',
      object: 'conversation',
    });
  });
});
