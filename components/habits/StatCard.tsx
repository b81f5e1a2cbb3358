import type { ReactNode } from 'react';
import { HabitIcon, type HabitIconName } from './icons';

export interface StatCardProps {
  label: string;
  value: ReactNode;
  /** One short line under the value ("this week: 45 min"). */
  detail?: ReactNode;
  icon?: HabitIconName;
  /** Colour family of the icon chip. */
  tone?: 'accent' | 'warm' | 'green' | 'ice';
  testId?: string;
}

/** One headline figure. The label comes first in reading order so the number is never read alone. */
export function StatCard({ label, value, detail, icon, tone = 'accent', testId }: StatCardProps) {
  return (
    <div className="hb-stat" data-tone={tone}>
      {icon && (
        <span className="hb-stat-icon">
          <HabitIcon name={icon} size={18} />
        </span>
      )}
      <div className="hb-stat-body">
        <p className="hb-stat-label">{label}</p>
        <p className="hb-stat-value" data-testid={testId}>
          {value}
        </p>
        {detail !== undefined && <p className="hb-stat-detail">{detail}</p>}
      </div>
    </div>
  );
}
