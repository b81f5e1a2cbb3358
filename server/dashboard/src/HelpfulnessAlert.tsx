import type { HelpfulnessAlert as Alert } from './model';
import { longDate, pct } from './format';
import { Banner } from './ui';

/** Shown when the share of "helpful" ratings fell week over week: the playbook may need attention. */
export function HelpfulnessAlert({ alert }: { alert: Alert | null }) {
  if (!alert) return null;
  return (
    <Banner tone="warn" title={`Tip helpfulness dropped ${Math.round(alert.dropPoints)} points in the week of ${longDate(alert.week)}`} role="status">
      {pct(alert.current)} of ratings were “helpful”, down from {pct(alert.previous)} the week before. Review recently
      added org tips and the apps where ratings fell.
    </Banner>
  );
}
