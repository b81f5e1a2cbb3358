/** A resolved policy for tests, built through the real resolver (managed source = `raw`). */
import { resolvePolicy } from '../../lib/policy/merge';
import { mergePlaybook, type PolicyView } from '../../lib/policy/service';
import { loadBundledPlaybook } from '../../lib/playbook/load';

export function policyView(raw?: unknown, now = new Date('2026-11-23T10:00:00Z')): PolicyView {
  const resolved = resolvePolicy(raw === undefined ? {} : { managed: { raw, receivedAt: now.toISOString() } }, undefined, now);
  return { resolved, playbook: mergePlaybook(loadBundledPlaybook(), resolved.policy.tips) };
}
