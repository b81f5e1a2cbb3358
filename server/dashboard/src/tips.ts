import { BUNDLED_TIPS } from '../../../lib/playbook/bundled';
import type { PolicyInput } from '../../../lib/policy/schema';
import type { TipOption } from './UseCaseForm';
import { editableText } from './policy-draft';

/** Tips a use case can count: the bundled playbook plus the org's own (draft and published), org first on clashes. */
export function tipOptions(policies: readonly (PolicyInput | null | undefined)[]): TipOption[] {
  const out = new Map<string, TipOption>();
  for (const p of policies) {
    for (const t of p?.tips ?? []) out.set(t.id, { id: t.id, title: editableText(t.title), app: t.where.app, source: 'org' });
  }
  for (const t of BUNDLED_TIPS) {
    if (!out.has(t.id)) out.set(t.id, { id: t.id, title: editableText(t.title), app: t.where.app, source: 'bundled' });
  }
  return [...out.values()];
}
