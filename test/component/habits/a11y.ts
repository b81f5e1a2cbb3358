import axe from 'axe-core';
import { expect } from 'vitest';

/** Serious and critical axe violations, printed so a failure says what to fix. */
export async function seriousViolations(context: Element): Promise<axe.Result[]> {
  // jsdom has no layout, so contrast can't be computed here; the palette is checked in Chromium screenshots.
  const results = await axe.run(context, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.incomplete.filter((r) => r.error !== undefined)).toEqual([]);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) {
    console.error(`${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.html}\n    ${n.failureSummary ?? ''}`).join('\n')}`);
  }
  return bad;
}
