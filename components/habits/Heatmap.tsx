import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import type { HeatmapCell, HeatmapWeek } from '@/lib/usage/habits/heatmap';
import { dateOf, formatDay, formatNumber, monthOf, weekdayName } from './format';

export interface HeatmapProps {
  /** Monday-first columns of seven cells, oldest first; the last is the current week. */
  weeks: readonly HeatmapWeek[];
  /** Id of the heading that names the grid. */
  labelledBy?: string;
}

/** Rows, Monday first (JavaScript weekday numbers: 0 = Sunday). */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
/** Like a contribution graph: every other weekday is labelled on screen; all are named for screen readers. */
const SHOWN_WEEKDAYS = new Set([0, 2, 4]);
/** A month label needs this many columns to fit. */
const MIN_LABEL_COLUMNS = 3;

/** "Tue, Mar 3, 2026: 4 AI actions", in the page's language (also the hover title). */
export function cellLabel(cell: HeatmapCell): string {
  const day = formatDay(cell.day);
  if (cell.inFuture) return i18n.t('heatmap.future', { day });
  const what = i18n.t('heatmap.count', cell.count, [formatNumber(cell.count)]);
  const notes: string[] = [];
  if (cell.frozen) notes.push(i18n.t('heatmap.frozen'));
  if (!cell.isWorkday) notes.push(i18n.t('heatmap.dayOff'));
  if (cell.isToday) notes.push(i18n.t('heatmap.today'));
  return notes.length ? i18n.t('heatmap.labelNotes', { day, what, notes: notes.join(', ') }) : i18n.t('heatmap.label', { day, what });
}

interface MonthSpan {
  key: string;
  label: string;
  span: number;
}

/** Month header spans: a month starts at the column holding its 1st. */
function monthSpans(weeks: readonly HeatmapWeek[]): MonthSpan[] {
  const spans: MonthSpan[] = [];
  weeks.forEach((week, i) => {
    const first = week.cells.find((c) => dateOf(c.day) === 1);
    const label = first ? monthOf(first.day) : i === 0 ? monthOf(week.cells[week.cells.length - 1]?.day ?? week.start) : null;
    const last = spans[spans.length - 1];
    if (label === null && last) last.span += 1;
    else spans.push({ key: week.start, label: label ?? '', span: 1 });
  });
  return spans;
}

interface Pos {
  w: number;
  d: number;
}

function isSelectable(weeks: readonly HeatmapWeek[], p: Pos): boolean {
  const cell = weeks[p.w]?.cells[p.d];
  return cell !== undefined && !cell.inFuture;
}

function initialPos(weeks: readonly HeatmapWeek[]): Pos {
  for (let w = weeks.length - 1; w >= 0; w--) {
    const cells = weeks[w]?.cells ?? [];
    for (let d = cells.length - 1; d >= 0; d--) if (cells[d] && !cells[d]!.inFuture) return { w, d };
  }
  return { w: 0, d: 0 };
}

/**
 * A year of AI use as a grid (days down, weeks across). Keyboard: the grid is one tab stop;
 * arrows move by day and week, Home/End to the row's ends. Each day is a named grid cell, so a
 * screen reader hears "Tue, Mar 3, 2026: 4 AI actions"; the caption gives the totals.
 */
export function Heatmap({ weeks, labelledBy }: HeatmapProps) {
  const [active, setActive] = useState<Pos>(() => initialPos(weeks));
  const [shown, setShown] = useState<HeatmapCell | null>(null);
  const moved = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const spans = useMemo(() => monthSpans(weeks), [weeks]);
  // Every hover and arrow key re-renders the grid: name the ~370 days once per data change.
  const labels = useMemo(() => weeks.map((w) => w.cells.map(cellLabel)), [weeks]);
  const totals = useMemo(() => {
    let days = 0;
    let actions = 0;
    for (const w of weeks) {
      for (const c of w.cells) {
        if (c.inFuture || c.count === 0) continue;
        days += 1;
        actions += c.count;
      }
    }
    return { days, actions };
  }, [weeks]);

  // New data (another week began): keep the active cell inside the grid.
  useEffect(() => {
    if (!isSelectable(weeks, active)) setActive(initialPos(weeks));
  }, [weeks, active]);

  // Show the newest weeks first on narrow screens.
  useEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${active.w}-${active.d}"]`)?.focus();
  }, [active]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const lastWeek = weeks.length - 1;
    let next: Pos | null = null;
    switch (e.key) {
      case 'ArrowLeft':
        next = { w: Math.max(0, active.w - 1), d: active.d };
        break;
      case 'ArrowRight':
        next = { w: Math.min(lastWeek, active.w + 1), d: active.d };
        break;
      case 'ArrowUp':
        next = { w: active.w, d: Math.max(0, active.d - 1) };
        break;
      case 'ArrowDown':
        next = { w: active.w, d: Math.min(6, active.d + 1) };
        break;
      case 'Home':
        next = { w: 0, d: active.d };
        break;
      case 'End':
        next = { w: lastWeek, d: active.d };
        // The current week's later days are still to come: stop at the last real one.
        while (next.w > 0 && !isSelectable(weeks, next)) next = { w: next.w - 1, d: next.d };
        break;
      default:
        return;
    }
    e.preventDefault();
    if (!isSelectable(weeks, next)) return;
    moved.current = true;
    setActive(next);
    setShown(weeks[next.w]?.cells[next.d] ?? null);
  };

  const readout = shown ?? weeks[active.w]?.cells[active.d] ?? null;

  return (
    <div className="hb-hm">
      <div className="hb-hm-scroll" ref={scrollRef}>
        <table
          ref={tableRef}
          className="hb-hm-grid"
          role="grid"
          aria-labelledby={labelledBy}
          aria-readonly="true"
          onKeyDown={onKeyDown}
          onMouseLeave={() => setShown(null)}
        >
          <caption className="hb-sr">
            {i18n.t('heatmap.caption', {
              days: i18n.t('habits.count.daysWithAi', totals.days, [formatNumber(totals.days)]),
              actions: i18n.t('habits.count.aiActions', totals.actions, [formatNumber(totals.actions)]),
              weeks: i18n.t('habits.count.weeks', weeks.length, [formatNumber(weeks.length)]),
            })}
          </caption>
          <thead>
            <tr>
              <td className="hb-hm-corner" />
              {spans.map((s) => (
                <th key={s.key} scope="colgroup" role="columnheader" colSpan={s.span} className="hb-hm-month">
                  <span className={s.span < MIN_LABEL_COLUMNS ? 'hb-sr' : undefined}>{s.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((weekday, d) => (
              <tr key={weekday}>
                <th scope="row" role="rowheader" className="hb-hm-wd">
                  <span className={SHOWN_WEEKDAYS.has(d) ? undefined : 'hb-sr'}>{weekdayName(weekday, 'short')}</span>
                </th>
                {weeks.map((week, w) => {
                  const cell = week.cells[d];
                  if (!cell) return <td key={week.start} role="gridcell" />;
                  const label = labels[w]?.[d] ?? cellLabel(cell);
                  const isActive = active.w === w && active.d === d;
                  return (
                    <td
                      key={cell.day}
                      role="gridcell"
                      className="hb-hm-cell"
                      data-pos={`${w}-${d}`}
                      data-level={cell.level}
                      data-future={cell.inFuture || undefined}
                      data-off={!cell.isWorkday || undefined}
                      data-frozen={cell.frozen || undefined}
                      aria-label={label}
                      aria-current={cell.isToday ? 'date' : undefined}
                      title={cell.inFuture ? undefined : label}
                      tabIndex={isActive ? 0 : -1}
                      onFocus={() => {
                        setActive({ w, d });
                        setShown(cell);
                      }}
                      onMouseEnter={() => setShown(cell.inFuture ? null : cell)}
                    >
                      <span className="hb-hm-sq" />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="hb-hm-foot">
        {/* The focused cell already announces this; the readout is for sighted keyboard and mouse users. */}
        <p className="hb-hm-readout" aria-hidden="true">
          {readout && !readout.inFuture ? cellLabel(readout) : '\u00a0'}
        </p>
        <div className="hb-hm-legend" aria-hidden="true">
          <span>{i18n.t('heatmap.less')}</span>
          {[0, 1, 2, 3, 4].map((l) => (
            <span key={l} className="hb-hm-sq" data-level={l} />
          ))}
          <span>{i18n.t('heatmap.more')}</span>
        </div>
      </div>
    </div>
  );
}
