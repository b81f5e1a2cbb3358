import { describe, expect, it } from 'vitest';
import {
  fillRedacted,
  mergeRedactions,
  redactForSending,
  redactValues,
} from '../../entrypoints/coach.content/redaction';
import { DEFAULT_REDACT, type RedactRules } from '../../lib/policy/schema';

const RULES: RedactRules = {
  ...DEFAULT_REDACT,
  emails: true,
  patterns: [{ name: 'account', regex: 'ACC-\\d{8}', flags: 'i' }],
};
const CARD = '4111 1111 1111 1111';

describe('the card redaction flow', () => {
  it('redacts the record name before templating and counts it once per use', () => {
    const prepared = redactValues({ recordName: 'Renewal for dana@acme.example', appLabel: 'Salesforce' }, RULES);
    expect(prepared.values.recordName).toBe('Renewal for [email]');
    const twice = fillRedacted('Summarize {{recordName}}. Then e-mail {{ recordName }}.', prepared, RULES);
    expect(twice.text).toBe('Summarize Renewal for [email]. Then e-mail Renewal for [email].');
    expect(twice.redactions).toEqual([{ rule: 'email', count: 2 }]);
    const none = fillRedacted('Draft an agenda for {{appLabel}}.', prepared, RULES);
    expect(none).toEqual({ text: 'Draft an agenda for Salesforce.', redactions: [] });
  });

  it("fills fallbacks in the prompt's language", () => {
    const prepared = redactValues({ objectLabel: 'Kundenvorgang', appLabel: 'Salesforce' }, RULES);
    expect(fillRedacted('Fassen Sie den Stand zu {{recordName}} zusammen.', prepared, RULES, 'de').text).toBe(
      'Fassen Sie den Stand zu diesem Kundenvorgang zusammen.',
    );
    const fr = redactValues({ objectLabel: 'requête', appLabel: 'Salesforce' }, RULES);
    expect(fillRedacted('Résumez {{recordName}} pour dana@acme.example.', fr, RULES, 'fr')).toEqual({
      text: 'Résumez cette requête pour [email].',
      redactions: [{ rule: 'email', count: 1 }],
    });
    // Without a language: English, as before.
    const english = redactValues({ objectLabel: 'case', appLabel: 'Salesforce' }, RULES);
    expect(fillRedacted('Summarise {{recordName}}.', english, RULES).text).toBe('Summarise this case.');
  });

  it('also redacts what the template itself brings and leaves clean prompts alone', () => {
    const prepared = redactValues({ recordName: 'Acme Renewal' }, RULES);
    const out = fillRedacted(`Check {{recordName}} against card ${CARD} and acc-12345678.`, prepared, RULES);
    expect(out.text).toBe('Check Acme Renewal against card [card] and [account].');
    expect(out.redactions).toEqual([
      { rule: 'card', count: 1 },
      { rule: 'account', count: 1 },
    ]);
    expect(redactValues({ appLabel: 'Jira' }, RULES)).toEqual({ values: { appLabel: 'Jira' }, nameRedactions: [] });
  });

  it('redacts an edited prompt again before sending; placeholders already in it stay as they are', () => {
    const sent = redactForSending('Summarize Renewal for [email]; account ACC-87654321, reply to x@y.example', RULES);
    expect(sent.text).toBe('Summarize Renewal for [email]; account [account], reply to [email]');
    expect(sent.redactions).toEqual([
      { rule: 'email', count: 1 },
      { rule: 'account', count: 1 },
    ]);
    expect(redactForSending('nothing to see', RULES)).toEqual({ text: 'nothing to see', redactions: [] });
  });

  it('follows the rules in force: switched-off rules leave values alone', () => {
    const off: RedactRules = { emails: false, phones: false, cards: false, ibans: false, patterns: [] };
    expect(redactForSending(`dana@acme.example ${CARD}`, off)).toEqual({
      text: `dana@acme.example ${CARD}`,
      redactions: [],
    });
  });

  it('merges findings per rule, dropping zero counts and skipped patterns', () => {
    expect(
      mergeRedactions(
        [{ rule: 'email', count: 2 }],
        [
          { rule: 'card', count: 0 },
          { rule: 'slow', count: 0, skipped: 'nested quantifiers' },
          { rule: 'email', count: 1 },
          { rule: 'phone', count: 1 },
        ],
      ),
    ).toEqual([
      { rule: 'email', count: 3 },
      { rule: 'phone', count: 1 },
    ]);
  });
});
