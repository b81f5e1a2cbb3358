import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** English messages for the card preview (src/i18n-shim.ts); the admin dashboard itself is English. */
const messagesEn = generateChromeMessages(parseMessagesText(readFileSync(`${root}locales/en.yml`, 'utf8'), 'YAML'));

/** The admin dashboard: a static SPA the server serves at /admin/ (same origin as its API, so cookies just work). */
export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [react()],
  resolve: { alias: { '#i18n': `${root}.wxt/i18n/index.ts` } },
  define: { __LASTMILE_MESSAGES_EN__: JSON.stringify(messagesEn) },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or data: URIs, so the server can send a strict CSP (script-src 'self').
    assetsInlineLimit: 0,
  },
});
