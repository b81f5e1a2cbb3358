import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDelete } from '@/components/habits/ConfirmDelete';
import { ReplyError } from '@/lib/page-replies';

describe('ConfirmDelete', () => {
  it('asks for the phrase before the destructive button works, then calls onConfirm once', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const onConfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ConfirmDelete onConfirm={onConfirm} summary="12 events and 3 daily records" />);

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete all your Lastmile data?' });
    expect(dialog).toHaveAccessibleDescription(/12 events and 3 daily records will be removed/);
    const input = screen.getByRole('textbox', { name: 'Type delete everything to confirm' });
    expect(input).toHaveFocus();
    const confirm = screen.getByRole('button', { name: 'Delete everything' });
    expect(confirm).toBeDisabled();

    await user.type(input, 'delete every');
    expect(confirm).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();

    await user.type(input, 'thing');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Deleting…' })).toBeDisabled();
    finish();
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('Escape cancels without deleting and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<ConfirmDelete onConfirm={onConfirm} />);
    const trigger = screen.getByRole('button', { name: 'Delete all my data' });
    await user.click(trigger);
    await user.type(screen.getByRole('textbox'), 'delete everything');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await vi.waitFor(() => expect(trigger).toHaveFocus());
    expect(onConfirm).not.toHaveBeenCalled();
    // Reopened: starts empty again.
    await user.click(trigger);
    expect(screen.getByRole('textbox')).toHaveValue('');
  });

  it('keeps Tab inside the dialog and shows a failure without closing', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => {
      throw new ReplyError('failed', 'database busy');
    });
    render(<ConfirmDelete onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.type(screen.getByRole('textbox'), 'Delete Everything');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not delete: Lastmile could not do this just now. Reload the page and try again.');
    expect(alert).toHaveTextContent('Technical detail: database busy');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });
});
