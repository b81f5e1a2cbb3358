/**
 * The tour's sample: a real bundled tip (the Salesforce Opportunity follow-up) filled in with sample
 * values through the same template code the card uses on a real page.
 */
import type { CardTip } from '../TipCard';
import { loadBundledPlaybook } from '@/lib/playbook/load';
import { localizeTip } from '@/lib/playbook/localize';
import { DEFAULT_LANG } from '@/lib/playbook/schema';
import { fillTemplate, objectLabelFor, templateValuesFor } from '@/lib/playbook/template';
import type { PageContext } from '@/lib/sites/types';

export const SAMPLE_TIP_ID = 'sf-opp-followup';
export const SAMPLE_APP_LABEL = 'Salesforce'; // i18n-ignore: product name
// i18n-ignore: 'Opportunity' is Salesforce's object name in the URL (data, not UI text)
const SAMPLE_CONTEXT: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '006SAMPLE0000001' };

export interface SampleTip {
  tip: CardTip;
  appLabel: string;
  /** "Opportunity · Acme Corp — Renewal 2026", as the card's header shows it. */
  contextLabel: string;
}

/**
 * The sample tip, filled for `recordName` on `today`, its text in `uiLanguage` (English when absent).
 * Throws if the bundled playbook lost the tip (a test catches that).
 */
export function sampleTip(recordName: string, today: string, uiLanguage: string = DEFAULT_LANG): SampleTip {
  const found = loadBundledPlaybook().find((t) => t.id === SAMPLE_TIP_ID);
  if (!found) throw new Error(`Bundled tip ${SAMPLE_TIP_ID} is missing`);
  const tip = localizeTip(found, uiLanguage);
  // The prompt's labels and fallback words in the prompt's language, the header's in the UI language.
  const values = templateValuesFor(SAMPLE_CONTEXT, { recordName, appLabel: SAMPLE_APP_LABEL, today }, tip.lang);
  const label = objectLabelFor(SAMPLE_CONTEXT, uiLanguage);
  return {
    tip: {
      id: tip.id,
      title: tip.title,
      why: tip.why,
      prompt: fillTemplate(tip.prompt, values, tip.lang),
      gap: tip.gap,
      minutesSaved: tip.minutesSaved,
      level: tip.level,
    },
    appLabel: SAMPLE_APP_LABEL,
    contextLabel: `${label.charAt(0).toUpperCase()}${label.slice(1)} · ${recordName}`,
  };
}
