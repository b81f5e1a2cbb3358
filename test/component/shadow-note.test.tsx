import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHADOW_NOTE_TAG, createShadowNote, mountShadowNote } from '../../components/shadow-note';
import type { ShadowNote, ShadowNoteInfo } from '../../components/shadow-note';
import { SHADOW_NOTE_CSS } from '../../components/styles';

const INFO: ShadowNoteInfo = { toolName: 'Claude', approvedName: 'Acme GPT', approvedUrl: 'https://chatgpt.com/' };

let notes: ShadowNote[] = [];
afterEach(() => {
  for (const n of notes) n.destroy();
  notes = [];
});

function show(info: ShadowNoteInfo = INFO, onDismiss = vi.fn()): ShadowNote {
  const note = createShadowNote(document, info, { onDismiss });
  document.body.append(note.element);
  notes.push(note);
  return note;
}

describe('createShadowNote', () => {
  it('points politely to the approved tool', () => {
    show();
    const note = screen.getByRole('complementary', { name: 'Lastmile: approved AI tool' });
    expect(note).toHaveTextContent("Your company's approved AI tool is Acme GPT.");
    const link = within(note).getByRole('link', { name: 'Open Acme GPT' });
    expect(link).toHaveAttribute('href', 'https://chatgpt.com/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(note).getByRole('button', { name: 'Dismiss' })).toHaveAttribute('type', 'button');
  });

  it('never links anything but https, and keeps names as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    show({ toolName: 'Claude', approvedName: evil, approvedUrl: 'javascript:alert(1)' });
    const note = screen.getByRole('complementary');
    expect(within(note).queryByRole('link')).not.toBeInTheDocument();
    expect(note.querySelector('img')).toBeNull();
    expect(note).toHaveTextContent(`Your company's approved AI tool is ${evil}.`);
  });

  it('calls onDismiss from the Dismiss button, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    show(INFO, onDismiss);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('has no serious or critical axe violations', async () => {
    const note = show();
    const results = await axe.run(note.element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.length).toBeGreaterThan(0);
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe('mountShadowNote', () => {
  it('adds one host with a shadow root, never takes focus, and removes itself on Dismiss', async () => {
    const user = userEvent.setup();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const onDismiss = vi.fn();
    const mounted = mountShadowNote(document, INFO, { onDismiss });
    notes.push(mounted);
    try {
      const host = document.querySelector(SHADOW_NOTE_TAG);
      expect(host).toBe(mounted.element);
      const shadow = host?.shadowRoot;
      if (!shadow) throw new Error('no shadow root');
      expect(shadow.querySelector('style')?.textContent).toBe(SHADOW_NOTE_CSS);
      expect(field).toHaveFocus();

      const dismiss = within(shadow as unknown as HTMLElement).getByRole('button', { name: 'Dismiss' });
      await user.click(dismiss);
      expect(onDismiss).toHaveBeenCalledTimes(1);
      expect(document.querySelector(SHADOW_NOTE_TAG)).toBeNull();
    } finally {
      field.remove();
    }
  });

  it('ships a self-contained stylesheet with dark mode and visible focus', () => {
    expect(SHADOW_NOTE_CSS.startsWith(':host{all:initial}')).toBe(true);
    expect(SHADOW_NOTE_CSS).toContain('@media (prefers-color-scheme:dark)');
    expect(SHADOW_NOTE_CSS).toMatch(/:focus-visible\{outline:2px solid var\(--a\);outline-offset:2px\}/);
  });
});
