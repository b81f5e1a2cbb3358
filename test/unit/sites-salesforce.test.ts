import { describe, expect, it } from 'vitest';
import { salesforce, salesforceExamples } from '@/lib/sites/salesforce';
import { PageContextSchema, type PageContext } from '@/lib/sites/types';

const detect = (url: string): PageContext | null => salesforce.detect(new URL(url));
const LX = 'https://acme.lightning.force.com';
const MY = 'https://acme.my.salesforce.com';

describe('salesforce examples', () => {
  it.each(salesforceExamples.map((e) => [e.url, e.expect] as const))('%s', (url, expected) => {
    const got = detect(url);
    expect(got).toEqual(expected);
    if (got) expect(PageContextSchema.safeParse(got).success).toBe(true);
  });
});

describe('salesforce hosts', () => {
  it.each([
    'acme.lightning.force.com',
    'acme--uat.sandbox.lightning.force.com',
    'acme.develop.lightning.force.com',
    'acme.my.salesforce.com',
    'acme--uat.sandbox.my.salesforce.com',
    'acme.my.salesforce-setup.com',
    'na123.salesforce.com',
    'cs42.salesforce.com',
    'eu12.salesforce.com',
  ])('owns %s', (host) => {
    expect(salesforce.ownsHost(host)).toBe(true);
  });

  it.each([
    'www.salesforce.com',
    'help.salesforce.com',
    'trailhead.salesforce.com',
    'developer.salesforce.com',
    'login.salesforce.com',
    'test.salesforce.com',
    'appexchange.salesforce.com',
    'salesforce.com',
    'lightning.force.com',
    'my.salesforce.com',
    'acme.my.site.com',
    'acme.force.com',
    'acme.lightning.force.com.evil.example',
    'acme-lightning.force.com',
    'na123.salesforce.com.evil.example',
  ])('does not own %s', (host) => {
    expect(salesforce.ownsHost(host)).toBe(false);
  });

  it('never asks for all of salesforce.com or all URLs', () => {
    for (const m of salesforce.matches) {
      expect(m.startsWith('https://')).toBe(true);
      expect(m).not.toContain('<all_urls>');
      expect(m).not.toBe('https://*.salesforce.com/*');
    }
  });

  it('detects on a Classic instance host and refuses a foreign host with the same path', () => {
    expect(detect('https://na123.salesforce.com/5005g00000Qw3Er')).toEqual({
      app: 'salesforce',
      page: 'record',
      object: 'Case',
      recordId: '5005g00000Qw3Er',
    });
    expect(detect('https://evil.example/lightning/r/Opportunity/0065g00000AbCdEAAR/view')).toBeNull();
  });
});

describe('salesforce ids', () => {
  it('accepts 15- and 18-char ids and keeps their case', () => {
    expect(detect(`${LX}/lightning/r/Lead/00Q5g00000AbCdE/view`)?.recordId).toBe('00Q5g00000AbCdE');
    expect(detect(`${LX}/lightning/r/Lead/00Q5g00000AbCdEUAZ/view`)?.recordId).toBe('00Q5g00000AbCdEUAZ');
  });

  it.each(['00Q5g00000AbCd', '00Q5g00000AbCdEU', '00Q5g00000AbCdEUA', '00Q5g00000AbCdEUAZZ', '00Q5g0000-AbCdE', 'abcdefghijklmno'])(
    'rejects %s',
    (id) => {
      expect(detect(`${LX}/lightning/r/Lead/${id}/view`)).toBeNull();
      expect(detect(`${LX}/lightning/r/${id}/view`)).toBeNull();
    },
  );

  it.each([
    ['0015g00000XyZ12AAB', 'Account'],
    ['0035g00000Ab1CdAAJ', 'Contact'],
    ['0055g00000Ab1CdAAJ', 'User'],
    ['0065g00000AbCdEAAR', 'Opportunity'],
    ['00Q5g00000AbCdEUAZ', 'Lead'],
    ['5005g00000Qw3ErAAJ', 'Case'],
    ['00T5g00000Ab1CdEAJ', 'Task'],
    ['00U5g00000Ab1CdEAJ', 'Event'],
    ['7015g00000Ab1CdAAJ', 'Campaign'],
    ['8005g00000Ab1CdAAJ', 'Contract'],
    ['8015g00000Ab1CdAAJ', 'Order'],
    ['0Q05g00000Ab1CdCAJ', 'Quote'],
  ])('infers the object of id-only %s as %s', (id, object) => {
    expect(detect(`${LX}/lightning/r/${id}/view`)).toEqual({ app: 'salesforce', page: 'record', object, recordId: id });
  });

  it('infers report and dashboard pages from their key prefixes', () => {
    expect(detect(`${LX}/lightning/r/00O5g000004FqXyEAK/view`)?.page).toBe('report');
    expect(detect(`${MY}/01Z5g000000Kx9L`)).toEqual({
      app: 'salesforce',
      page: 'dashboard',
      object: 'Dashboard',
      recordId: '01Z5g000000Kx9L',
    });
  });

  it('treats key prefixes as case-sensitive and leaves unknown prefixes without object', () => {
    expect(detect(`${LX}/lightning/r/00q5g00000AbCdEUAZ/view`)).toEqual({
      app: 'salesforce',
      page: 'record',
      recordId: '00q5g00000AbCdEUAZ',
    });
  });
});

describe('salesforce Lightning shapes', () => {
  it('decodes encoded path segments before reading object names', () => {
    expect(detect(`${LX}/lightning/r/ns%5F%5FThing%5F%5Fc/a0B5g00000Zz9YyEAJ/view`)).toEqual({
      app: 'salesforce',
      page: 'record',
      object: 'ns__Thing__c',
      recordId: 'a0B5g00000Zz9YyEAJ',
    });
  });

  it('rejects names that are not API names', () => {
    expect(detect(`${LX}/lightning/r/Bad-Name/0015g00000XyZ12AAB/view`)).toBeNull();
    expect(detect(`${LX}/lightning/o/1Account/list`)).toBeNull();
    expect(detect(`${LX}/lightning/o/Account_/list`)).toBeNull();
    expect(detect(`${LX}/lightning/o/${'A'.repeat(121)}/list`)).toBeNull();
  });

  it('maps clone to a new record and keeps related lists on the parent record', () => {
    expect(detect(`${LX}/lightning/r/Opportunity/0065g00000AbCdEAAR/clone`)).toEqual({
      app: 'salesforce',
      page: 'record_new',
      object: 'Opportunity',
    });
    expect(detect(`${LX}/lightning/r/Invoice__c/a015g00000Lm3QpAAJ/related/Line_Items__r/view`)?.page).toBe('record');
  });

  it('uses the focused subtab, not the console workspace, even with a hostile ws', () => {
    const sub = `${LX}/lightning/r/Contact/0035g00000Ab1CdAAJ/view`;
    expect(detect(`${sub}?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qw3ErAAJ%2Fview`)?.object).toBe('Contact');
    expect(detect(`${sub}?ws=%E0%A4%A&ws=%%%`)?.recordId).toBe('0035g00000Ab1CdAAJ');
  });

  it('reads homes, setup and object homes', () => {
    expect(detect(`${LX}/lightning`)).toEqual({ app: 'salesforce', page: 'home' });
    expect(detect(`${LX}/lightning/app/06m5g000000AbCdAAK`)).toEqual({ app: 'salesforce', page: 'home' });
    expect(detect(`${LX}/lightning/setup/SetupOneHome/home`)).toEqual({ app: 'salesforce', page: 'setup' });
    expect(detect(`${LX}/lightning/o/Report/home`)).toEqual({ app: 'salesforce', page: 'list', object: 'Report' });
    expect(detect(`${LX}/lightning/page/chatter`)).toBeNull();
    expect(detect(`${LX}/lightning/cmp/c__MyComponent`)).toBeNull();
  });
});

describe('salesforce one.app hash routes', () => {
  it('reads record, list and home routes', () => {
    expect(detect(`${LX}/one/one.app#/sObject/5005g00000Qw3ErAAJ/view`)?.object).toBe('Case');
    expect(detect(`${LX}/one/one.app#/sObject/Case/home`)).toEqual({ app: 'salesforce', page: 'list', object: 'Case' });
    expect(detect(`${LX}/one/one.app#/sObject/Case/new`)?.page).toBe('record_new');
    expect(detect(`${LX}/one/one.app#/home`)).toEqual({ app: 'salesforce', page: 'home' });
  });

  it('returns null for base64 routes, empty or hostile hashes', () => {
    const b64 = 'eyJjb21wb25lbnREZWYiOiJvbmU6YWxvaGFQYWdlIiwiYXR0cmlidXRlcyI6e319';
    expect(detect(`${LX}/one/one.app#${b64}`)).toBeNull();
    expect(detect(`${LX}/one/one.app`)).toBeNull();
    expect(detect(`${LX}/one/one.app#/sObject/%E0%A4%A/view`)).toBeNull();
    expect(detect(`${LX}/one/one.app#/sObject/`)).toBeNull();
  });
});

describe('salesforce Classic', () => {
  it('reads edit, new, list views and home', () => {
    expect(detect(`${MY}/0065g00000AbCdEAAR/e`)?.page).toBe('record_edit');
    expect(detect(`${MY}/006/e?retURL=%2F006%2Fo`)).toEqual({ app: 'salesforce', page: 'record_new', object: 'Opportunity' });
    expect(detect(`${MY}/500?fcf=00B5g00000AbCdE`)).toEqual({ app: 'salesforce', page: 'list', object: 'Case' });
    expect(detect(`${MY}/a01/o`)).toEqual({ app: 'salesforce', page: 'list' });
    expect(detect(`${MY}/home/home.jsp`)).toEqual({ app: 'salesforce', page: 'home' });
    expect(detect(`${MY}/ui/setup/Setup?setupid=Users`)).toEqual({ app: 'salesforce', page: 'setup' });
  });

  it('returns null for login, APIs, Visualforce and unknown shapes', () => {
    expect(detect(`${MY}/`)).toBeNull();
    expect(detect(`${MY}/?startURL=%2Flightning%2Fr%2FOpportunity%2F0065g00000AbCdEAAR%2Fview`)).toBeNull();
    expect(detect(`${MY}/services/apexrest/v1/Invoice/a015g00000Lm3QpAAJ`)).toBeNull();
    expect(detect(`${MY}/services/oauth2/authorize?response_type=code`)).toBeNull();
    expect(detect(`${MY}/apex/InvoicePdf?id=a015g00000Lm3QpAAJ`)).toBeNull();
    expect(detect(`${MY}/0065g00000AbCdEAAR/x/y`)).toBeNull();
    expect(detect(`${MY}/0065g00000AbCdEAAR/m`)).toBeNull();
    expect(detect(`${MY}/abc/o`)).toBeNull();
  });
});

describe('salesforce never throws', () => {
  const hostile = [
    `${LX}/lightning/r/%E0%A4%A/%ZZ/view`,
    `${LX}/lightning/r/Opportunity/0065g00000AbCdEAAR/view?${'a=%&'.repeat(20000)}`,
    `${LX}/lightning/${'r/'.repeat(5000)}`,
    `${LX}/${'%25'.repeat(10000)}`,
    `${LX}/lightning/r/%00/%00/view#%`,
    `${MY}/${'0'.repeat(100000)}`,
    `${LX}/one/one.app#${'/sObject'.repeat(5000)}`,
    `${LX}/lightning/o/constructor/list`,
    `${LX}/lightning/r/__proto__/0065g00000AbCdEAAR/view`,
  ];
  it.each(hostile.map((u) => [u.slice(0, 80), u] as const))('%s…', (_label, url) => {
    const got = detect(url);
    if (got) expect(PageContextSchema.safeParse(got).success).toBe(true);
    else expect(got).toBeNull();
  });

  it('survives random paths, queries and hashes (seeded)', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['lightning', 'r', 'o', 'Case', '5005g00000Qw3ErAAJ', 'view', 'edit', 'one', 'one.app', '%', '%2F', '#', '?', '&', '=', 'e', '006', '..', ''];
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const parts = Array.from({ length: 1 + rand(7) }, () => alphabet[rand(alphabet.length)] ?? '');
      const got = detect(`${LX}/${parts.join('/')}`);
      if (got) {
        found++;
        expect(PageContextSchema.safeParse(got).success).toBe(true);
      }
    }
    // The alphabet is built to hit real shapes too, so the check above is exercised.
    expect(found).toBeGreaterThan(0);
  });
});
