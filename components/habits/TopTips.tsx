import { formatShortDate, plural } from './format';

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
    return <p className="hb-muted">Tips you use show up here, so you can find your favourites again.</p>;
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
              {plural(t.uses, 'use')} · last {formatShortDate(t.lastUsed)}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
