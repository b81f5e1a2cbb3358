import { describe, expect, it } from 'vitest';
import { recordTitleFromDocumentTitle as title } from '@/lib/sites/title';
import { APP_IDS, type AppId } from '@/lib/sites/types';

type Case = readonly [AppId, string, string | undefined];

const CASES: readonly Case[] = [
  // Salesforce
  ['salesforce', 'Acme Renewal | Opportunity | Salesforce', 'Acme Renewal'],
  ['salesforce', 'Acme Renewal | Opportunity | Sales Console | Salesforce', 'Acme Renewal'],
  ['salesforce', '00001026 | Case | Service Console | Salesforce', '00001026'],
  ['salesforce', 'Opportunity: Acme Renewal ~ Salesforce - Enterprise Edition', 'Acme Renewal'],
  ['salesforce', 'Salesforce', undefined],
  ['salesforce', 'Lightning Experience', undefined],
  ['salesforce', 'Home | Salesforce', undefined],
  ['salesforce', 'Recently Viewed | Opportunities | Salesforce', undefined],
  ['salesforce', 'Loading…', undefined],
  // Jira
  ['jira', '[ACME-42] Checkout fails on Safari - Jira', 'Checkout fails on Safari'],
  ['jira', '[OPS2-7] Rotate keys - staging - Jira', 'Rotate keys - staging'],
  ['jira', 'ACME-42: Checkout fails on Safari - Jira Service Management', 'Checkout fails on Safari'],
  ['jira', 'ACME board - Agile Board - Jira', undefined],
  ['jira', 'Projects - Jira', undefined],
  ['jira', 'Jira', undefined],
  // Zendesk
  ['zendesk', 'Printer on fire – Zendesk', 'Printer on fire'],
  ['zendesk', 'Ticket: Printer on fire – Acme – Zendesk', 'Printer on fire'],
  ['zendesk', '#4821 Printer on fire - Zendesk', 'Printer on fire'],
  ['zendesk', 'Zendesk', undefined],
  ['zendesk', 'Dashboard – Zendesk', undefined],
  // Gmail
  ['gmail', 'Re: Q3 pricing - jane@acme.com - Acme Mail', 'Q3 pricing'],
  ['gmail', 'Fwd: RE: Budget - draft 2 - jane@acme.com - Gmail', 'Budget - draft 2'],
  ['gmail', 'Inbox (3) - jane@acme.com - Gmail', undefined],
  ['gmail', 'Inbox (1,204) - jane@acme.com - Acme Mail', undefined],
  ['gmail', 'Starred - jane@acme.com - Gmail', undefined],
  ['gmail', 'Search results - jane@acme.com - Gmail', undefined],
  ['gmail', 'jane@acme.com - Gmail', undefined],
  ['gmail', 'Q3 pricing - Gmail', undefined],
  ['gmail', 'Gmail', undefined],
  // Outlook
  ['outlook', 'Re: Q3 pricing - Jane Doe - Outlook', 'Q3 pricing'],
  ['outlook', 'Q3 pricing - jane@acme.com - Outlook', 'Q3 pricing'],
  ['outlook', 'Mail - Jane Doe - Outlook', undefined],
  ['outlook', 'Calendar - Jane Doe - Outlook', undefined],
  ['outlook', 'Sent Items - jane@acme.com - Outlook', undefined],
  ['outlook', 'Outlook', undefined],
  // ServiceNow
  ['servicenow', 'INC0010023 | Incident | ServiceNow', 'INC0010023'],
  ['servicenow', 'RITM0010001 | Requested Item | ServiceNow', 'RITM0010001'],
  ['servicenow', 'INC0010023 - Email down | Service Operations Workspace | ServiceNow', 'INC0010023 - Email down'],
  ['servicenow', 'Incidents | ServiceNow', undefined],
  ['servicenow', 'ServiceNow', undefined],
  // HubSpot
  ['hubspot', 'Jane Doe | HubSpot', 'Jane Doe'],
  ['hubspot', '(2) Acme Corp | HubSpot', 'Acme Corp'],
  ['hubspot', 'Contacts | HubSpot', undefined],
  ['hubspot', 'Deals | HubSpot', undefined],
  ['hubspot', 'HubSpot', undefined],
  ['hubspot', 'Jane Doe', undefined],
  // GitHub
  ['github', 'Fix login race by octocat · Pull Request #42 · acme/web · GitHub', 'Fix login race'],
  ['github', 'Bump deps by dependabot[bot] · Pull Request #43 · acme/web · GitHub', 'Bump deps'],
  ['github', 'Checkout fails on Safari · Issue #7 · acme/web · GitHub', 'Checkout fails on Safari'],
  ['github', 'Roadmap ideas · acme/web · Discussion #12 · GitHub', 'Roadmap ideas'],
  ['github', 'Pull requests · acme/web · GitHub', undefined],
  ['github', 'GitHub - acme/web: Web app', undefined],
  // Confluence
  ['confluence', 'Q3 plan - Marketing - Confluence', 'Q3 plan'],
  ['confluence', 'Q3 - plan - Marketing - Confluence', 'Q3 - plan'],
  ['confluence', 'Dashboard - Confluence', undefined],
  ['confluence', 'Pages - Marketing - Confluence', undefined],
  // Google Workspace
  ['gdocs', 'Q3 plan - Google Docs', 'Q3 plan'],
  ['gsheets', 'Pipeline 2025 - Google Sheets', 'Pipeline 2025'],
  ['gslides', 'QBR deck - Google Slides', 'QBR deck'],
  ['gdocs', 'Untitled document - Google Docs', undefined],
  ['gdocs', 'Google Docs', undefined],
  ['gsheets', 'Q3 plan - Google Docs', undefined],
  // Notion
  ['notion', 'Roadmap', 'Roadmap'],
  ['notion', 'Roadmap | Notion', 'Roadmap'],
  ['notion', 'Notion', undefined],
  ['notion', 'Untitled', undefined],
  // Slack
  ['slack', 'general (Channel) - Acme - Slack', 'general'],
  ['slack', '* Jane Doe (DM) - Acme - Slack', 'Jane Doe'],
  ['slack', 'Slack | deals-emea | Acme', 'deals-emea'],
  ['slack', 'Activity - Acme - Slack', undefined],
  ['slack', 'Slack', undefined],
  // Teams
  ['teams', 'Chat | Jane Doe | Microsoft Teams', 'Jane Doe'],
  ['teams', 'General (Marketing) | Microsoft Teams', 'General (Marketing)'],
  ['teams', '(4) Activity | Microsoft Teams', undefined],
  ['teams', 'Calendar | Microsoft Teams', undefined],
  // Dynamics
  ['dynamics', 'Opportunity: Acme Renewal - Dynamics 365', 'Acme Renewal'],
  ['dynamics', 'Account: Account: Contoso - Sales Hub', 'Contoso'],
  ['dynamics', 'Case: Printer on fire - West - Customer Service Hub', 'Printer on fire - West'],
  ['dynamics', 'Opportunity: New Opportunity - Dynamics 365', undefined],
  ['dynamics', 'My Open Opportunities - Dynamics 365', undefined],
  ['dynamics', 'Dynamics 365', undefined],
  // Workday
  ['workday', 'Jane Doe - Workday', 'Jane Doe'],
  ['workday', 'Request Time Off - Workday', 'Request Time Off'],
  ['workday', 'Home - Workday', undefined],
  ['workday', 'Workday', undefined],
  // Freshdesk
  ['freshdesk', '#123 : Printer on fire | Acme Support : Freshdesk', 'Printer on fire'],
  ['freshdesk', 'All tickets : Freshdesk', undefined],
  // Intercom
  ['intercom', 'Conversation with Jane Doe | Intercom', 'Jane Doe'],
  ['intercom', 'Inbox | Intercom', undefined],
];

describe('recordTitleFromDocumentTitle', () => {
  it.each(CASES)('%s: %j', (app, input, expected) => {
    expect(title(app, input)).toBe(expected);
  });

  it('collapses whitespace and strips counts and invisible characters', () => {
    expect(title('salesforce', '  (12)\u00a0 Acme\t\n Renewal \u200b| Opportunity |   Salesforce ')).toBe('Acme Renewal');
    expect(title('hubspot', '(99+) Jane\u202e Doe | HubSpot')).toBe('Jane Doe');
  });

  it('caps the result at 120 characters without splitting a character', () => {
    const long = `${'😀'.repeat(60)}${'x'.repeat(200)}`;
    const got = title('notion', long);
    expect(got).toBeDefined();
    expect(Array.from(got ?? '').length).toBe(120);
    expect(got?.startsWith('😀'.repeat(60))).toBe(true);
  });

  it.each(APP_IDS)('returns undefined for empty and blank titles (%s)', (app) => {
    expect(title(app, '')).toBeUndefined();
    expect(title(app, '   \u200b ')).toBeUndefined();
    expect(title(app, '(3)')).toBeUndefined();
    expect(title(app, ' | - · ')).toBeUndefined();
  });

  // A backtracking parser would hang here (caught by the test timeout); speed itself lives in bench/.
  it('answers on huge inputs', () => {
    for (const app of APP_IDS) {
      const got = title(app, `${'a - | · : – '.repeat(100000)}x`);
      expect(got === undefined || got.length <= 120).toBe(true);
    }
  });
});

describe('e-mail canaries never come back', () => {
  const CANARIES = ['canary.person@example.com', 'CANARY+tag@sub.example.co.uk', 'canary%40example.com', 'canary＠example.com', 'canary@intranet'];
  const shapes = (e: string): string[] => [
    e,
    `${e} - Gmail`,
    `Re: hello ${e} - ${e} - Gmail`,
    `Mail - ${e} - Outlook`,
    `${e} - Outlook`,
    `Hello from ${e} - Jane Doe - Outlook`,
    `${e} | Contact | Salesforce`,
    `Jane <${e}> | HubSpot`,
    `[ACME-1] Reply to ${e} - Jira`,
    `Ticket: ${e} – Acme – Zendesk`,
    `INC0010023 ${e} | Incident | ServiceNow`,
    `Contact: ${e} - Dynamics 365`,
    `${e} (DM) - Acme - Slack`,
    `Chat | ${e} | Microsoft Teams`,
    `Invite ${e} by octocat · Pull Request #9 · acme/web · GitHub`,
    `${e} - Space - Confluence`,
    `${e} - Google Docs`,
    `${e} - Workday`,
    `Conversation with ${e} | Intercom`,
    `#1 : ${e} : Freshdesk`,
  ];

  it.each(APP_IDS)('%s', (app) => {
    let checked = 0;
    for (const canary of CANARIES) {
      for (const input of shapes(canary)) {
        const got = title(app, input);
        checked++;
        expect(got ?? '').not.toMatch(/canary|@|%40|＠/i);
      }
    }
    expect(checked).toBe(CANARIES.length * shapes('x').length);
  });

  it('still returns the subject when only the account is an address', () => {
    expect(title('gmail', 'Quarterly numbers - canary.person@example.com - Gmail')).toBe('Quarterly numbers');
  });
});
