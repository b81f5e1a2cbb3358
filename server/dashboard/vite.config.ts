import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The admin dashboard: a static SPA the server serves at /admin/ (same origin as its API, so cookies just work). */
export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or data: URIs, so the server can send a strict CSP (script-src 'self').
    assetsInlineLimit: 0,
  },
});
