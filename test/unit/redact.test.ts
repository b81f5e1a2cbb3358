import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid, redact } from '../../lib/policy/redact';
import { RedactPatternSchema, type RedactRules } from '../../lib/policy/schema';

const NONE: RedactRules = { emails: false, phones: false, cards: false, ibans: false, patterns: [] };
const ALL: RedactRules = { emails: true, phones: true, cards: true, ibans: true, patterns: [] };

describe('emails', () => {
  it('replaces addresses and counts them', () => {
    const r = redact('Reply to jane.doe+crm@mail.example.co.uk and ops@acme.io.', { ...NONE, emails: true });
    expect(r.text).toBe('Reply to [email] and [email].');
    expect(r.findings).toEqual([{ rule: 'email', count: 2 }]);
  });
  it('leaves handles and versions alone', () => {
    const text = 'Ask @jane about v2.3.1 and user@localhost';
    expect(redact(text, { ...NONE, emails: true })).toEqual({ text, findings: [] });
  });
  it('does nothing when the rule is off', () => {
    expect(redact('jane@acme.io', NONE).text).toBe('jane@acme.io');
  });
});

describe('cards (Luhn)', () => {
  it('replaces Luhn-valid numbers with spaces, dashes or none', () => {
    const r = redact('Visa 4111 1111 1111 1111, Amex 3782-822463-10005, MC 5555555555554444.', { ...NONE, cards: true });
    expect(r.text).toBe('Visa [card], Amex [card], MC [card].');
    expect(r.findings).toEqual([{ rule: 'card', count: 3 }]);
  });
  it('keeps numbers that fail the Luhn check, and all-zero ids', () => {
    const text = 'Ref 4111 1111 1111 1112 and 0000 0000 0000 0000';
    expect(redact(text, { ...NONE, cards: true }).text).toBe(text);
  });
  it('does not cut a card out of a longer number', () => {
    const text = 'Tracking 41111111111111110000000';
    expect(redact(text, { ...NONE, cards: true }).text).toBe(text);
  });
  it('luhnValid', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('IBANs (mod 97)', () => {
  it('replaces valid IBANs with or without spaces', () => {
    const r = redact('Pay DE89 3704 0044 0532 0130 00 or GB82WEST12345698765432.', { ...NONE, ibans: true });
    expect(r.text).toBe('Pay [iban] or [iban].');
    expect(r.findings).toEqual([{ rule: 'iban', count: 2 }]);
  });
  it('stops at the IBAN when a four-letter word follows', () => {
    expect(redact('BE68 5390 0754 7034 SENT today', { ...NONE, ibans: true }).text).toBe('[iban] SENT today');
  });
  it('keeps look-alikes with a wrong checksum', () => {
    const text = 'Ref DE88 3704 0044 0532 0130 00 and GB00WEST12345698765432';
    expect(redact(text, { ...NONE, ibans: true }).text).toBe(text);
  });
  it('ibanValid', () => {
    expect(ibanValid('FR14 2004 1010 0505 0001 3M02 606')).toBe(true);
    expect(ibanValid('fr1420041010050500013m02606')).toBe(true);
    expect(ibanValid('FR15 2004 1010 0505 0001 3M02 606')).toBe(false);
    expect(ibanValid('DE89 3704')).toBe(false);
  });
});

describe('phones', () => {
  it.each([
    '+49 151 23456789',
    '+1 (555) 123-4567',
    '(555) 123-4567',
    '555-123-4567',
    '030 1234 5678',
    '+4915123456789',
    '+44 (0)20 7946 0958',
    '06 12 34 56 78',
  ])('replaces %s', (phone) => {
    const r = redact(`Call ${phone} today`, { ...NONE, phones: true });
    expect(r.text).toBe('Call [phone] today');
    expect(r.findings).toEqual([{ rule: 'phone', count: 1 }]);
  });

  it.each([
    'Due 2024-01-15 10:30',
    'Due 15.01.2024',
    'From 1.2.2024 - 3.2.2024',
    'Order 12345678',
    'Invoice INV-2024-000123',
    'Case #00012345-2024',
    'Budget 12 500 000 EUR',
    'Host 192.168.100.200',
    'Pi 3.14159265',
    'Call 555-1234',
    'Ticket INC0012345678',
  ])('keeps dates, ids and amounts: %s', (text) => {
    expect(redact(text, { ...NONE, phones: true })).toEqual({ text, findings: [] });
  });
});

describe('custom patterns', () => {
  it('replaces with the pattern name, case-insensitively with the i flag', () => {
    const rules: RedactRules = {
      ...NONE,
      patterns: [
        { name: 'account', regex: 'ACC-\\d{8}', flags: 'i' },
        { name: 'client id', regex: 'CL\\d{6}' },
      ],
    };
    const r = redact('acc-12345678, ACC-87654321 for CL123456 and cl654321', rules);
    expect(r.text).toBe('[account], [account] for [client id] and cl654321');
    expect(r.findings).toEqual([
      { rule: 'account', count: 2 },
      { rule: 'client id', count: 1 },
    ]);
  });

  it('runs before phones so an account number gets its own name', () => {
    const rules: RedactRules = { ...ALL, patterns: [{ name: 'account', regex: '\\b\\d{2}-\\d{4}-\\d{4}\\b' }] };
    expect(redact('Account 12-3456-7890', rules).text).toBe('Account [account]');
  });

  it('skips a pattern that does not compile or is pathological, and still applies the rest', () => {
    const rules: RedactRules = {
      ...NONE,
      emails: true,
      patterns: [
        { name: 'broken', regex: '(unclosed' },
        { name: 'slow', regex: '(a+)+$' },
        { name: 'account', regex: 'ACC-\\d{8}' },
      ],
    };
    const r = redact('ACC-12345678 from jane@acme.io aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', rules);
    expect(r.text).toBe('[account] from [email] aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!');
    expect(r.findings.map((f) => [f.rule, f.count, f.skipped !== undefined])).toEqual([
      ['email', 1, false],
      ['broken', 0, true],
      ['slow', 0, true],
      ['account', 1, false],
    ]);
    expect(r.findings[2]?.skipped).toMatch(/nested quantifiers/);
  });

  it('the schema rejects the pathological pattern before it gets here', () => {
    const r = RedactPatternSchema.safeParse({ name: 'slow', regex: '(a+)+$' });
    expect(r.success).toBe(false);
  });

  it('never replaces zero-length matches', () => {
    const r = redact('abc', { ...NONE, patterns: [{ name: 'maybe', regex: 'x?' }] });
    expect(r).toEqual({ text: 'abc', findings: [] });
  });
});

describe('everything together', () => {
  it('redacts a realistic prompt and leaves the rest intact', () => {
    const prompt =
      'Draft a reply to jane@acme.io about invoice INV-2024-000123 due 2024-01-15. ' +
      'Her card 4111-1111-1111-1111 was declined; refund to DE89 3704 0044 0532 0130 00. Call +1 (555) 123-4567.';
    const r = redact(prompt, ALL);
    expect(r.text).toBe(
      'Draft a reply to [email] about invoice INV-2024-000123 due 2024-01-15. ' +
        'Her card [card] was declined; refund to [iban]. Call [phone].',
    );
  });

  it('completes on hostile, huge input', () => {
    const rules: RedactRules = { ...ALL, patterns: [{ name: 'account', regex: 'ACC-\\d{8}' }] };
    const huge = [
      'a'.repeat(100_000),
      '1'.repeat(100_000),
      '1 '.repeat(50_000),
      '@.'.repeat(50_000),
      'a@'.repeat(50_000),
      '+1 '.repeat(30_000),
      'DE89 '.repeat(30_000),
      '4111-'.repeat(30_000),
      ' ACC-12345678 jane@acme.io',
    ].join('');
    const r = redact(huge, rules);
    expect(r.text.endsWith(' [account] [email]')).toBe(true);
    expect(r.text.startsWith('a'.repeat(100_000))).toBe(true);
  });
});
