import { useState } from 'react';
import type { AppKpi } from './model';
import { num, pct } from './format';
import { appLabel } from './apps';

/**
 * Adoption success rate per app: the share of reports flagging that the person uses AI there on at least
 * 40 % of their active days. Bars picture the numbers printed beside them; nothing is conveyed by length alone.
 */
export function AppAdoption({ apps, k }: { apps: readonly AppKpi[]; k: number }) {
  const [asTable, setAsTable] = useState(false);
  const sorted = [...apps].sort((a, b) => (b.adoptionRate ?? -1) - (a.adoptionRate ?? -1) || a.app.localeCompare(b.app));
  const hiddenText = `Hidden — fewer than ${k} people`;
  return (
    <section className="card" aria-labelledby="apps-h">
      <div className="card-head">
        <div>
          <h2 id="apps-h" className="h2">
            Adoption success by app
          </h2>
          <p className="card-sub">People using AI on at least 40% of their active days in the app</p>
        </div>
        <button type="button" className="btn btn-quiet btn-sm" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? 'Show as bars' : 'Show as table'}
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="empty">No app has reports in this range yet.</p>
      ) : asTable ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr">Adoption success rate per app</caption>
            <thead>
              <tr>
                <th scope="col">App</th>
                <th scope="col">Success rate</th>
                <th scope="col">Reports</th>
                <th scope="col">Hours saved</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => (
                <tr key={a.app} data-suppressed={a.suppressed || undefined}>
                  <th scope="row">{appLabel(a.app)}</th>
                  <td>{a.adoptionRate !== null ? pct(a.adoptionRate) : a.suppressed ? hiddenText : '—'}</td>
                  <td>{a.reports !== null ? num(a.reports) : '—'}</td>
                  <td>{a.hoursSaved !== null ? num(a.hoursSaved, 1) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul className="bars">
          {sorted.map((a) => (
            <li key={a.app} className="bar-row" data-testid={`app-${a.app}`}>
              <span className="bar-name">{appLabel(a.app)}</span>
              <span className="bar-track" data-suppressed={a.suppressed || undefined} aria-hidden="true">
                {a.adoptionRate !== null && (
                  <span className="bar-fill" style={{ width: `${Math.min(100, a.adoptionRate * 100)}%`, display: 'block' }} />
                )}
              </span>
              <span className="bar-val">
                {a.adoptionRate !== null ? (
                  <>
                    <strong>{pct(a.adoptionRate)}</strong>
                    {a.reports !== null && <small> · {num(a.reports)} reports</small>}
                  </>
                ) : (
                  <small>{a.suppressed ? `Hidden — fewer than ${k}` : 'No data'}</small>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
