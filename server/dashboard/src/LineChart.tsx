import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { shortDate, longDate } from './format';

export interface ChartPoint {
  /** ISO date of the bucket's first day. */
  label: string;
  value: number | null;
  /** Fewer than k reports: hidden by the server, drawn as a hatched gap. */
  suppressed?: boolean;
}

export interface LineChartProps {
  title: string;
  points: readonly ChartPoint[];
  format(value: number): string;
  /** Axis caption for the values ("Share of active days"). */
  yLabel: string;
  /** Fixed top of the scale (1 for shares); otherwise rounded up from the data. */
  yMax?: number;
  k: number;
  granularity: 'day' | 'week';
  area?: boolean;
}

const W = 640;
const H = 232;
const M = { top: 14, right: 14, bottom: 38, left: 52 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

/** 1, 2 or 5 × 10^n: round steps so tick labels read well. */
function niceStep(raw: number): number {
  if (raw <= 0 || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

export function yScale(values: readonly number[], fixedMax?: number): { max: number; ticks: number[] } {
  if (fixedMax !== undefined) return { max: fixedMax, ticks: [0, 0.25, 0.5, 0.75, 1].map((t) => t * fixedMax) };
  const top = Math.max(0, ...values);
  const step = niceStep(top / 4);
  const max = Math.max(step, Math.ceil(top / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { max, ticks };
}

/** Consecutive runs of shown values; a null (hidden or missing) bucket breaks the line. */
export function segments(points: readonly ChartPoint[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) out.push(run);
  return out;
}

/**
 * Line/area chart over time, in plain SVG. The SVG is a picture for sighted users; the same numbers are
 * always in a table (visually hidden unless "Show as table" is on), so nothing depends on seeing the chart.
 * Keyboard: focus the chart and use ←/→ (Home/End) to read each bucket in the tooltip.
 */
export function LineChart({ title, points, format, yLabel, yMax, k, granularity, area = false }: LineChartProps) {
  const uid = useId();
  const [active, setActive] = useState<number | null>(null);
  const [asTable, setAsTable] = useState(false);
  const plotRef = useRef<HTMLDivElement>(null);

  const shown = points.filter((p): p is ChartPoint & { value: number } => p.value !== null);
  const { max, ticks } = yScale(
    shown.map((p) => p.value),
    yMax,
  );
  const n = points.length;
  const step = n > 1 ? PW / (n - 1) : PW;
  const x = (i: number): number => M.left + (n > 1 ? i * step : PW / 2);
  const y = (v: number): number => M.top + PH - (max > 0 ? (v / max) * PH : 0);
  const anySuppressed = points.some((p) => p.suppressed);
  const anyMissing = points.some((p) => p.value === null && !p.suppressed);

  const runs = segments(points);
  const linePath = (run: number[]): string =>
    run.map((i, j) => `${j === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(points[i]?.value ?? 0).toFixed(1)}`).join('');
  const areaPath = (run: number[]): string => {
    const first = run[0] ?? 0;
    const last = run[run.length - 1] ?? 0;
    const base = (M.top + PH).toFixed(1);
    return `${linePath(run)}L${x(last).toFixed(1)},${base}L${x(first).toFixed(1)},${base}Z`;
  };

  // About six x labels whatever the range, always including the last bucket.
  const every = Math.max(1, Math.ceil(n / 6));
  const xTicks = points.map((_, i) => i).filter((i) => (n - 1 - i) % every === 0);

  const bucketName = (iso: string): string => (granularity === 'week' ? `Week of ${longDate(iso)}` : longDate(iso));
  const valueText = (p: ChartPoint): string =>
    p.value !== null ? format(p.value) : p.suppressed ? `Hidden — fewer than ${k} people` : 'No reports';

  const move = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (n === 0) return;
    const cur = active ?? n - 1;
    const next =
      e.key === 'ArrowLeft' ? cur - 1 : e.key === 'ArrowRight' ? cur + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    if (next === null) {
      if (e.key === 'Escape') setActive(null);
      return;
    }
    e.preventDefault();
    setActive(Math.min(n - 1, Math.max(0, next)));
  };

  const hover = (e: MouseEvent<HTMLDivElement>): void => {
    const box = plotRef.current?.getBoundingClientRect();
    if (!box || box.width === 0 || n === 0) return;
    const sx = ((e.clientX - box.left) / box.width) * W;
    const i = n > 1 ? Math.round((sx - M.left) / step) : 0;
    setActive(Math.min(n - 1, Math.max(0, i)));
  };

  const activePoint = active !== null ? points[active] : undefined;
  const summary = shown.length
    ? `${title}: ${shown.length} of ${n} ${granularity === 'week' ? 'weeks' : 'days'} shown, latest ${format(shown[shown.length - 1]?.value ?? 0)}.`
    : `${title}: no values to show.`;

  return (
    <figure className="chart" aria-labelledby={`${uid}cap`}>
      <figcaption className="chart-head">
        <span id={`${uid}cap`} className="chart-title">
          {title}
        </span>
        <button
          type="button"
          className="btn btn-quiet btn-sm"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </figcaption>

      {!asTable && (
        <div
          ref={plotRef}
          className="chart-plot"
          tabIndex={0}
          role="group"
          aria-label={`${summary} Use the arrow keys to read each ${granularity}.`}
          onKeyDown={move}
          onMouseMove={hover}
          onMouseLeave={() => setActive(null)}
          onBlur={() => setActive(null)}
          onFocus={() => setActive((a) => a ?? (n > 0 ? n - 1 : null))}
        >
          <svg viewBox={`0 0 ${W} ${H}`} className="chart-svg" aria-hidden="true" focusable="false">
            <defs>
              <pattern id={`${uid}hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" className="chart-hatch-bg" />
                <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch-line" />
              </pattern>
            </defs>
            {ticks.map((t) => (
              <g key={t}>
                <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="chart-grid" />
                <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end" className="chart-tick">
                  {format(t)}
                </text>
              </g>
            ))}
            {points.map((p, i) =>
              p.value === null ? (
                <rect
                  key={p.label}
                  className={p.suppressed ? 'chart-gap' : 'chart-missing'}
                  data-testid={p.suppressed ? 'chart-gap' : undefined}
                  x={x(i) - (n > 1 ? step / 2 : PW / 2)}
                  y={M.top}
                  width={n > 1 ? step : PW}
                  height={PH}
                  fill={p.suppressed ? `url(#${uid}hatch)` : undefined}
                />
              ) : null,
            )}
            {area && runs.map((run) => <path key={`a${run[0]}`} d={areaPath(run)} className="chart-area" />)}
            {runs.map((run) => (
              <path key={`l${run[0]}`} d={linePath(run)} className="chart-line" />
            ))}
            {points.map((p, i) =>
              p.value !== null ? (
                <circle
                  key={p.label}
                  data-testid="chart-point"
                  className="chart-dot"
                  data-active={active === i || undefined}
                  cx={x(i)}
                  cy={y(p.value)}
                  r={active === i ? 5 : n > 40 ? 1.8 : 3}
                />
              ) : null,
            )}
            {active !== null && <line x1={x(active)} x2={x(active)} y1={M.top} y2={M.top + PH} className="chart-cursor" />}
            {xTicks.map((i) => (
              <text key={i} x={x(i)} y={H - M.bottom + 18} textAnchor="middle" className="chart-tick">
                {shortDate(points[i]?.label ?? '')}
              </text>
            ))}
            <text
              className="chart-axis"
              transform={`translate(12 ${M.top + PH / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {yLabel}
            </text>
            <text className="chart-axis" x={M.left + PW / 2} y={H - 4} textAnchor="middle">
              {granularity === 'week' ? 'Week starting' : 'Day'}
            </text>
          </svg>
          {activePoint && active !== null && (
            <div
              className="chart-tip"
              data-testid="chart-tooltip"
              style={{
                left: `${(x(active) / W) * 100}%`,
                top: `${((activePoint.value !== null ? y(activePoint.value) : M.top + PH / 2) / H) * 100}%`,
              }}
            >
              <span className="chart-tip-date">{bucketName(activePoint.label)}</span>
              <strong>{valueText(activePoint)}</strong>
            </div>
          )}
          {/* Announces the bucket under the keyboard cursor; the visual tooltip is not read twice. */}
          <span className="sr" aria-live="polite">
            {activePoint ? `${bucketName(activePoint.label)}: ${valueText(activePoint)}` : ''}
          </span>
        </div>
      )}

      {(anySuppressed || anyMissing) && (
        <ul className="chart-legend">
          {anySuppressed && (
            <li>
              <span className="legend-swatch legend-hatch" aria-hidden="true" />
              Fewer than {k} people — hidden to protect privacy
            </li>
          )}
          {anyMissing && (
            <li>
              <span className="legend-swatch legend-missing" aria-hidden="true" />
              No reports
            </li>
          )}
        </ul>
      )}

      <div className={asTable ? 'chart-table-wrap' : 'sr'}>
        <table className="table">
          <caption className="sr">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'week' ? 'Week starting' : 'Day'}</th>
              <th scope="col">{yLabel}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label} data-suppressed={p.suppressed || undefined}>
                <th scope="row">{longDate(p.label)}</th>
                <td>{valueText(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
