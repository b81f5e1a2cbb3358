import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HabitSettingsForm, scheduleError } from '@/components/habits/HabitSettingsForm';
import { DEFAULT_HABIT_SETTINGS } from '@/lib/usage/settings';
import { ReplyError } from '@/lib/page-replies';

describe('HabitSettingsForm', () => {
  it('emits only the changed schedule fields', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {});
    render(<HabitSettingsForm settings={DEFAULT_HABIT_SETTINGS} onSave={onSave} />);
    const save = screen.getByRole('button', { name: 'Save schedule' });
    expect(save).toBeDisabled();
    expect(screen.getByRole('radio', { name: '3 days a week' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await user.click(screen.getByRole('radio', { name: '4 days a week' }));
    await user.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({ workdays: [1, 2, 3, 4, 5, 6], weeklyGoalDays: 4 });
    expect(await screen.findByRole('status')).toHaveTextContent('Schedule saved');
  });

  it('refuses a goal larger than the number of workdays, with the reason tied to the goal', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {});
    render(<HabitSettingsForm settings={DEFAULT_HABIT_SETTINGS} onSave={onSave} />);
    for (const day of ['Monday', 'Tuesday', 'Wednesday']) await user.click(screen.getByRole('checkbox', { name: day }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A goal of 3 days needs 3 workdays; you picked 2.');
    expect(screen.getByRole('group', { name: 'Weekly goal' })).toHaveAccessibleDescription(alert.textContent ?? '');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: '2 days a week' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(onSave).toHaveBeenCalledWith({ workdays: [4, 5], weeklyGoalDays: 2 });
  });

  it('saves switches at once and reports a refusal', async () => {
    const user = userEvent.setup();
    const onSave = vi
      .fn<(patch: object) => Promise<void>>()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new ReplyError('storage_full', 'QuotaExceededError: storage unavailable'));
    render(<HabitSettingsForm settings={DEFAULT_HABIT_SETTINGS} onSave={onSave} />);
    const pause = screen.getByRole('switch', { name: 'Pause tracking' });
    expect(pause).toHaveAttribute('aria-checked', 'false');
    expect(pause).toHaveAccessibleDescription('While paused, nothing new is recorded. Tips keep working.');
    await user.click(pause);
    expect(onSave).toHaveBeenLastCalledWith({ trackingPaused: true });
    expect(await screen.findByText('Tracking paused')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Weekly recap notification' }));
    expect(onSave).toHaveBeenLastCalledWith({ weeklyRecapNotification: true });
    expect(await screen.findByText("Not saved: The browser's storage for Lastmile is full.")).toBeInTheDocument();
    // The background's own words only as the labelled technical detail.
    expect(screen.getByTestId('technical-detail')).toHaveTextContent('Technical detail: QuotaExceededError: storage unavailable');
  });

  it('validates schedules', () => {
    expect(scheduleError([], 1)).toBe('Pick at least one workday.');
    expect(scheduleError([1, 2], 3)).toMatch(/needs 3 workdays/);
    expect(scheduleError([1, 2, 3], 3)).toBeNull();
  });
});
