import { i18n } from '#i18n';
import { formatNumber, formatShortDate } from './format';

export interface TopTipRow {
  id: string;
  title: string;
  /** App label, when the tip is tied to one. */
  app?: string;
  uses: number;
  lastUsed: string;
}

/** The tips the employee comes back to, most used first. */
export function TopTips({ tips }: { tips: readonly TopTipRow[] }) {
  if (tips.length === 0) {
    return <p className="hb-muted">{i18n.t('habits.topTips.empty')}</p>;
  }
  return (
    <ol className="hb-tips">
      {tips.map((t, i) => (
        <li key={t.id} className="hb-tip">
          <span className="hb-tip-rank" aria-hidden="true">
            {i + 1}
          </span>
          <div className="hb-tip-body">
            <p className="hb-tip-title">{t.title}</p>
            <p className="hb-tip-meta">
              {t.app ? `${t.app} · ` : ''}
              {i18n.t('habits.topTips.uses', t.uses, [formatNumber(t.uses)])} ·{' '}
              {i18n.t('habits.topTips.lastUsed', { date: formatShortDate(t.lastUsed) })}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
