/**
 * Redaction as the card applies it (pure; the rules come from the policy in force):
 * - filling a prompt: the record name is redacted before it goes into the template, so the
 *   placeholders show in the visible prompt, then the filled prompt is redacted as a whole;
 * - sending: the (possibly edited) prompt is redacted again right before copy / open.
 */
import type { RedactionCount } from '@/components/TipCard';
import { placeholdersIn, type TemplateValues } from '@/lib/playbook/schema';
import { fillTemplate } from '@/lib/playbook/template';
import { redact, type RedactFinding } from '@/lib/policy/redact';
import type { RedactRules } from '@/lib/policy/schema';

export interface RedactedText {
  text: string;
  /** What was replaced, one entry per rule with a count > 0. */
  redactions: RedactionCount[];
}

/** Sums counts per rule (first-seen order); drops skipped patterns and zero counts. */
export function mergeRedactions(...lists: readonly (readonly (RedactionCount | RedactFinding)[])[]): RedactionCount[] {
  const totals = new Map<string, number>();
  for (const list of lists) {
    for (const { rule, count } of list) {
      if (count > 0) totals.set(rule, (totals.get(rule) ?? 0) + count);
    }
  }
  return [...totals].map(([rule, count]) => ({ rule, count }));
}

/** The record name with placeholders, and what was taken out of it. */
export interface RedactedValues {
  values: TemplateValues;
  /** Found in the record name: counted once per {{recordName}} a template uses. */
  nameRedactions: RedactionCount[];
}

export function redactValues(values: TemplateValues, rules: RedactRules): RedactedValues {
  if (values.recordName === undefined) return { values, nameRedactions: [] };
  const name = redact(values.recordName, rules);
  return { values: { ...values, recordName: name.text }, nameRedactions: mergeRedactions(name.findings) };
}

/** Fills a tip's template from redacted values (fallback words in `lang`), then redacts the result. */
export function fillRedacted(template: string, prepared: RedactedValues, rules: RedactRules, lang?: string): RedactedText {
  const filled = redact(fillTemplate(template, prepared.values, lang), rules);
  const uses = placeholdersIn(template).filter((p) => p === 'recordName').length;
  const fromName = uses === 0 ? [] : prepared.nameRedactions.map((r) => ({ rule: r.rule, count: r.count * uses }));
  return { text: filled.text, redactions: mergeRedactions(fromName, filled.findings) };
}

/** The prompt as it may leave the page (copy / open), and what was taken out at this step. */
export function redactForSending(prompt: string, rules: RedactRules): RedactedText {
  const out = redact(prompt, rules);
  return { text: out.text, redactions: mergeRedactions(out.findings) };
}
