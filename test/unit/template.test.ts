import { describe, expect, it } from 'vitest';
import { MAX_VALUE_LENGTH, fillTemplate, objectLabelFor, templateValuesFor } from '../../lib/playbook/template';
import type { PageContext } from '../../lib/sites/types';

describe('fillTemplate', () => {
  it('replaces placeholders, tolerating whitespace inside the braces', () => {
    expect(
      fillTemplate('Follow up on {{recordName}} in {{ appLabel }} ({{  recordId  }}), {{today}}.', {
        recordName: 'Acme renewal',
        appLabel: 'Salesforce',
        recordId: '006A',
        today: '2026-03-09',
      }),
    ).toBe('Follow up on Acme renewal in Salesforce (006A), 2026-03-09.');
  });

  it('falls back to natural wording when values are missing', () => {
    expect(fillTemplate('Summarise {{recordName}}.', { objectLabel: 'opportunity' })).toBe('Summarise this opportunity.');
    expect(fillTemplate('Summarise {{recordName}}.', {})).toBe('Summarise this record.');
    expect(fillTemplate('One {{objectLabel}} from {{appLabel}} on {{today}}.', {})).toBe('One record from the app on today.');
  });

  it('capitalises a fallback that starts a sentence or a line', () => {
    expect(fillTemplate('{{recordName}} is late. {{recordName}} again.\n- {{appLabel}} here', { objectLabel: 'case' })).toBe(
      'This case is late. This case again.\n- The app here',
    );
  });

  it('leaves a missing record id out, together with its short label', () => {
    expect(fillTemplate('Reply to this ticket (#{{recordId}}).', {})).toBe('Reply to this ticket.');
    expect(fillTemplate('Ticket #{{recordId}}: broken', {})).toBe('Ticket: broken');
    expect(fillTemplate('See ref {{recordId}} here', {})).toBe('See ref here');
    expect(fillTemplate('{{recordId}} first', {})).toBe('first');
    expect(fillTemplate('Reply to this ticket (#{{recordId}}).', { recordId: '4821' })).toBe('Reply to this ticket (#4821).');
  });

  it('inserts values literally: placeholders inside a value are not expanded', () => {
    const out = fillTemplate('Name: {{recordName}}; id: {{recordId}}', { recordName: 'Evil {{recordId}}', recordId: 'X1' });
    expect(out).not.toContain('{{');
    expect(out).toBe('Name: Evil { {recordId} }; id: X1');
    expect(out.match(/X1/g)).toHaveLength(1);
  });

  it('removes unknown placeholders and never leaves "{{"', () => {
    expect(fillTemplate('A {{nope}} B', {})).toBe('A B');
    expect(fillTemplate('Broken {{recordName and {{ }}', {})).not.toContain('{{');
  });

  it('strips control and bidi characters and caps the length of values', () => {
    expect(fillTemplate('[{{recordName}}]', { recordName: 'Acme\u0000\u0007 Corp\nRenewal\u202e' })).toBe('[Acme Corp Renewal]');
    const long = fillTemplate('{{recordName}}', { recordName: 'x'.repeat(5000) });
    expect(long.length).toBe(MAX_VALUE_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });

  it('treats a blank value as missing', () => {
    expect(fillTemplate('About {{recordName}}.', { recordName: ' \n\t ', objectLabel: 'deal' })).toBe('About this deal.');
  });
});

describe('objectLabelFor', () => {
  const label = (app: PageContext['app'], object: string | undefined, page = 'record'): string =>
    objectLabelFor(object === undefined ? { app, page } : { app, page, object });

  it.each([
    ['salesforce', 'Opportunity', 'opportunity'],
    ['salesforce', 'Invoice__c', 'invoice'],
    ['salesforce', 'ns__Thing_Item__c', 'thing item'],
    ['salesforce', 'OpportunityLineItem', 'opportunity product'],
    ['salesforce', 'CustomerSuccessPlan', 'customer success plan'],
    ['servicenow', 'sc_req_item', 'requested item'],
    ['servicenow', 'change_request', 'change request'],
    ['servicenow', 'incident', 'incident'],
    ['servicenow', 'x_acme_hr_onboarding_task', 'onboarding task'],
    ['servicenow', 'u_vendor_contract', 'vendor contract'],
    ['hubspot', 'deal', 'deal'],
    ['hubspot', '2-1234567', 'record'],
    ['dynamics', 'incident', 'case'],
    ['dynamics', 'cr6a1_project', 'project'],
    ['github', 'pull', 'pull request'],
    ['gmail', 'thread', 'email thread'],
    ['slack', 'thread', 'thread'],
    ['outlook', 'message', 'email'],
    ['slack', 'message', 'message'],
    ['confluence', 'blogpost', 'blog post'],
  ] as const)('%s %s -> %s', (app, object, expected) => {
    expect(label(app, object)).toBe(expected);
  });

  it('uses the page kind when there is no object, else "record"', () => {
    expect(label('gmail', undefined, 'compose')).toBe('draft');
    expect(label('salesforce', undefined, 'home')).toBe('record');
  });

  it('is not fooled by object names that exist on Object.prototype', () => {
    expect(label('salesforce', 'constructor')).toBe('constructor');
    expect(label('salesforce', 'toString')).toBe('to string');
  });
});

describe('templateValuesFor', () => {
  it('combines the context with the page extras', () => {
    const ctx: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '006A' };
    expect(templateValuesFor(ctx, { recordName: 'Acme', appLabel: 'Salesforce', today: '2026-03-09' })).toEqual({
      objectLabel: 'opportunity',
      appLabel: 'Salesforce',
      today: '2026-03-09',
      recordId: '006A',
      recordName: 'Acme',
    });
  });

  it('omits what the page did not give, so fillTemplate falls back', () => {
    const values = templateValuesFor({ app: 'jira', page: 'issue', object: 'issue' }, { appLabel: 'Jira', today: '2026-03-09' });
    expect(values).not.toHaveProperty('recordName');
    expect(values).not.toHaveProperty('recordId');
    expect(fillTemplate('Test {{recordName}} ({{recordId}}) in {{appLabel}}.', values)).toBe('Test this issue in Jira.');
  });
});
