/**
 * Reads of the policy and sync state for the habits page. Everything comes from the background by
 * message (it owns the resolver and the outbox), re-read whenever extension storage changes in any
 * area: a new managed policy, the backend's, the employee's own settings, consent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  parseStoredOwnPolicy,
  PolicyStatusReplySchema,
  SyncPreviewReplySchema,
  SyncStatusReplySchema,
  type PolicyStatus,
  type StoredOwnPolicy,
  type SyncPreviewView,
  type SyncStatusView,
} from '@/lib/pages/replies';
import { replyErrorText, type ErrorText } from '@/components/habits/error-text';
import { POLICY_KEYS_IN_STORAGE } from '@/lib/policy/service';
import { send } from '../shared/send';

export interface Fetched<T> {
  value: T | null;
  /** Why the last read failed: in words (its code), with the technical detail apart. */
  error?: ErrorText;
  reload(): void;
}

/** `load` now, and again on every storage change; a slower older answer never replaces a newer one. */
export function useStorageBacked<T>(load: () => Promise<T>): Fetched<T> {
  const [state, setState] = useState<{ value: T | null; error?: ErrorText }>({ value: null });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(() => {
    const mine = ++seq.current;
    loadRef.current().then(
      (value) => mine === seq.current && setState({ value }),
      (e: unknown) =>
        mine === seq.current && setState((s) => ({ value: s.value, error: replyErrorText(e) })),
    );
  }, []);
  useEffect(() => {
    reload();
    const onChanged = () => reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      // Answers still in flight are for an unmounted page.
      seq.current++;
    };
  }, [reload]);
  return { ...state, reload };
}

export const fetchPolicyStatus = (): Promise<PolicyStatus> => send({ type: 'policy:status' }, PolicyStatusReplySchema);
export const fetchSyncStatus = (): Promise<SyncStatusView> => send({ type: 'sync:status' }, SyncStatusReplySchema);
export const fetchSyncPreview = (): Promise<SyncPreviewView> => send({ type: 'sync:preview' }, SyncPreviewReplySchema);

/** The employee's own policy settings, as stored (pages read storage; the background writes it). */
export async function readOwnPolicy(): Promise<StoredOwnPolicy> {
  const key = POLICY_KEYS_IN_STORAGE.user;
  return parseStoredOwnPolicy((await browser.storage.local.get(key))[key]);
}

/** Now, kept current so "5 minutes ago" stays true while the page is open. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
