import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Milestone } from '@/components/habits/Milestone';

function mockReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: reduce && query.includes('prefers-reduced-motion: reduce'),
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

const JUST_REACHED = {
  activeDays: 7,
  reached: [{ days: 7, on: '2026-03-05' }],
  next: 30,
  remaining: 23,
  progress: 7 / 30,
  justReached: 7,
} as const;

describe('Milestone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('celebrates the day a milestone is reached with one calm sentence', () => {
    mockReducedMotion(false);
    render(<Milestone {...JUST_REACHED} reached={[...JUST_REACHED.reached]} />);
    const banner = screen.getByTestId('milestone-banner');
    expect(banner).toHaveTextContent('7 days with AI');
    expect(banner).toHaveTextContent('Your first week of AI at work.');
    expect(banner).toHaveAttribute('data-motion', 'full');
    expect(screen.getByRole('progressbar', { name: 'Progress to 30 days with AI' })).toHaveAttribute('aria-valuenow', '7');
    expect(screen.getByText('7 of 30 days with AI · 23 to go')).toBeInTheDocument();
  });

  it('drops the motion when the user prefers reduced motion', () => {
    mockReducedMotion(true);
    render(<Milestone {...JUST_REACHED} reached={[...JUST_REACHED.reached]} />);
    expect(screen.getByTestId('milestone-banner')).toHaveAttribute('data-motion', 'reduce');
    expect(document.querySelector('.hb-progress-fill')).toHaveAttribute('data-motion', 'reduce');
  });

  it('shows the path without a banner on other days, and a calm end state', () => {
    const { rerender } = render(
      <Milestone activeDays={12} reached={[{ days: 7, on: '2026-02-20' }]} next={30} remaining={18} progress={0.4} justReached={null} />,
    );
    expect(screen.queryByTestId('milestone-banner')).toBeNull();
    const marks = screen.getAllByRole('listitem');
    expect(marks.map((m) => m.getAttribute('data-reached'))).toEqual(['true', 'false', 'false']);
    expect(marks[0]).toHaveTextContent('7 daysreached Feb 20');
    rerender(
      <Milestone
        activeDays={70}
        reached={[
          { days: 7, on: '2025-12-01' },
          { days: 30, on: '2026-01-10' },
          { days: 66, on: '2026-03-01' },
        ]}
        next={null}
        remaining={0}
        progress={1}
        justReached={null}
      />,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/All milestones reached: 70 days with AI/)).toBeInTheDocument();
  });
});
