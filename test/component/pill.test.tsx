import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPill } from '../../components/pill';
import type { Pill } from '../../components/pill';
import { PILL_CSS } from '../../components/styles';

let pills: Pill[] = [];
function mount(onOpen: () => void = vi.fn()): Pill {
  const pill = createPill(document, { onOpen });
  document.body.append(pill.element);
  pills.push(pill);
  return pill;
}
afterEach(() => {
  for (const p of pills) p.destroy();
  pills = [];
});

describe('createPill', () => {
  it('starts hidden and names itself after the offer', () => {
    const pill = mount();
    expect(pill.element).not.toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    pill.update({ title: 'Summarize this opportunity', count: 1 });
    const button = screen.getByRole('button', { name: 'AI tip: Summarize this opportunity' });
    expect(button).toBe(pill.element);
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveTextContent('AI tip');

    expect(button).not.toHaveAttribute('data-count');

    pill.update({ title: 'Draft the follow-up', count: 3 });
    expect(screen.getByRole('button', { name: 'AI tip: Draft the follow-up (3 ideas)' })).toBeInTheDocument();
    expect(button).toHaveAttribute('data-count', '3');
    pill.update({ title: 'Summarize this opportunity', count: 1 });
    expect(button).not.toHaveAttribute('data-count');
  });

  it('exposes the dialog popup and its expanded state', () => {
    const pill = mount();
    pill.update({ title: 'Summarize', count: 1 });
    expect(pill.element).toHaveAttribute('aria-haspopup', 'dialog');
    expect(pill.element).toHaveAttribute('aria-expanded', 'false');
    pill.setExpanded(true);
    expect(pill.element).toHaveAttribute('aria-expanded', 'true');
    pill.setExpanded(false);
    expect(pill.element).toHaveAttribute('aria-expanded', 'false');
  });

  it('hides on update(null)', () => {
    const pill = mount();
    pill.update({ title: 'Summarize', count: 2 });
    expect(pill.element).toBeVisible();
    pill.update(null);
    expect(pill.element).not.toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('treats a hostile title as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const pill = mount();
    pill.update({ title: evil, count: 1 });
    expect(pill.element.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(pill.element).toHaveTextContent(evil);
    expect(pill.element).toHaveAccessibleName(`AI tip: ${evil}`);
  });

  it('never takes focus on its own', () => {
    const field = document.createElement('input');
    document.body.append(field);
    try {
      field.focus();
      const pill = mount();
      pill.update({ title: 'Summarize', count: 1 });
      pill.setExpanded(true);
      pill.update({ title: 'Another', count: 2 });
      pill.setExpanded(false);
      expect(field).toHaveFocus();
      expect(pill.element).not.toHaveFocus();
    } finally {
      field.remove();
    }
  });

  it('calls onOpen on click, Enter and Space', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const pill = mount(onOpen);
    pill.update({ title: 'Summarize', count: 1 });
    await user.click(pill.element);
    expect(onOpen).toHaveBeenCalledTimes(1);
    pill.element.focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(2);
    await user.keyboard(' ');
    expect(onOpen).toHaveBeenCalledTimes(3);
  });

  it('removes itself and its listener on destroy', () => {
    const onOpen = vi.fn();
    const pill = createPill(document, { onOpen });
    document.body.append(pill.element);
    pill.update({ title: 'Summarize', count: 1 });
    pill.destroy();
    expect(pill.element.isConnected).toBe(false);
    pill.element.click();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('keeps its stylesheet small', () => {
    expect(new TextEncoder().encode(PILL_CSS).length).toBeLessThanOrEqual(1536);
  });
});
