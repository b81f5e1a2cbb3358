/**
 * Imported first by demo-usage.browser.ts: zod must know before any schema is built that it may
 * not compile validators. The extension pages' CSP forbids `new Function`, but zod's probe for it
 * passes under DevTools evaluation (where the seeder bundle runs) and compiling then fails.
 */
import { config } from 'zod';

config({ jitless: true });
