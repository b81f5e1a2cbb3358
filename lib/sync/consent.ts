import { z } from 'zod';

/** The employee saw the "what we share" screen and agreed (or withdrew). chrome.storage.local. */
export const SYNC_CONSENT_KEY = 'syncConsent';
export const SyncConsentSchema = z
  .object({ consented: z.boolean(), consentDay: z.iso.date().optional() })
  .strict();
export type SyncConsent = z.infer<typeof SyncConsentSchema>;
