import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Heatmap, cellLabel } from '@/components/habits/Heatmap';
import { DayRollupSchema } from '@/lib/usage/rollup';
import { fakeSummary, TODAY } from './fixtures';

function grid(counts: Record<string, number> = {}) {
  const rollups = Object.entries(counts).map(([day, aiActions]) => DayRollupSchema.parse({ day, aiActions }));
  return fakeSummary(rollups).heatmap;
}

describe('Heatmap', () => {
  it('draws 53 Monday-first weeks of 7 days with labelled rows and months', () => {
    const hm = grid();
    render(<Heatmap weeks={hm.weeks} />);
    const table = screen.getByRole('grid');
    expect(within(table).getAllByRole('gridcell').filter((c) => c.hasAttribute('data-pos'))).toHaveLength(53 * 7);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const months = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(months).toContain('Mar');
    expect(months).toContain('Dec');
    // Each column is one week: the first row is Mondays.
    expect(screen.getByRole('gridcell', { name: /^Mon, Mar 2, 2026/ })).toHaveAttribute('data-pos', '52-0');
  });

  it('names each day, shades it by level and outlines today', () => {
    const hm = grid({ '2026-03-03': 4, '2026-03-02': 1, '2026-03-05': 9 });
    render(<Heatmap weeks={hm.weeks} />);
    const tue = screen.getByRole('gridcell', { name: 'Tue, Mar 3, 2026: 4 AI actions' });
    expect(tue).toHaveAttribute('data-level', '3');
    expect(tue).toHaveAttribute('title', 'Tue, Mar 3, 2026: 4 AI actions');
    expect(screen.getByRole('gridcell', { name: 'Mon, Mar 2, 2026: 1 AI action' })).toHaveAttribute('data-level', '1');
    const today = screen.getByRole('gridcell', { name: 'Thu, Mar 5, 2026: 9 AI actions (today)' });
    expect(today).toHaveAttribute('data-level', '4');
    expect(today).toHaveAttribute('aria-current', 'date');
    expect(screen.getByRole('gridcell', { name: 'Sat, Mar 7, 2026: not yet' })).toHaveAttribute('data-future', 'true');
    expect(screen.getByRole('gridcell', { name: 'Sun, Mar 1, 2026: no AI actions (day off)' })).toHaveAttribute('data-level', '0');
  });

  it('summarizes the year in the caption (the accessible alternative to the picture)', () => {
    const hm = grid({ '2026-03-03': 4, '2026-02-10': 2 });
    render(<Heatmap weeks={hm.weeks} />);
    expect(screen.getByRole('grid')).toHaveAccessibleName(
      '2 days with AI and 6 AI actions in the last 53 weeks. Use the arrow keys to move between days.',
    );
  });

  it('is one tab stop with arrow-key navigation that never enters the future', async () => {
    const user = userEvent.setup();
    const hm = grid({ '2026-03-04': 2 });
    render(<Heatmap weeks={hm.weeks} />);
    const focusable = screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0);
    expect(focusable).toHaveLength(1);
    expect(focusable[0]).toHaveAccessibleName(/^Thu, Mar 5, 2026/);
    await user.tab();
    expect(document.activeElement).toBe(focusable[0]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName('Wed, Mar 4, 2026: 2 AI actions');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('Wed, Mar 4, 2026: 2 AI actions', { selector: '.hb-hm-readout' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName(/^Wed, Feb 25, 2026/);
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    // Friday is after today: focus stays on Thursday.
    expect(document.activeElement).toHaveAccessibleName(/^Thu, Mar 5, 2026/);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-pos', '0-3');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Thu, Mar 5, 2026/);
  });

  it('shows the hovered day in the readout', () => {
    const hm = grid({ '2026-03-03': 4 });
    render(<Heatmap weeks={hm.weeks} />);
    fireEvent.mouseEnter(screen.getByRole('gridcell', { name: 'Tue, Mar 3, 2026: 4 AI actions' }));
    expect(document.querySelector('.hb-hm-readout')).toHaveTextContent('Tue, Mar 3, 2026: 4 AI actions');
  });

  it('labels frozen days', () => {
    expect(
      cellLabel({ day: TODAY, count: 0, level: 0, inFuture: false, isToday: false, isWorkday: true, frozen: true }),
    ).toBe('Thu, Mar 5, 2026: no AI actions (streak freeze used)');
  });
});
