import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites/hosts';
import { AI_TOOL_MATCHES } from './lib/policy/tools';

/**
 * Public half of the signing key. It pins the extension id to jacemdllinefijbplihaekiombhogcki in
 * unpacked and policy-installed builds (admins reference that id); the stores assign their own.
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAveaFBOV+X0iDGHKm5aY7tSdFmLewQHV4iNeOUWIOJN+LLQEQXedyMCVrSGLjNS3qwk/HudOB7sdTTVS1y7C+wJt5trwvrqlfRxNWU9WPFJjbsO6miVZW+PG/JLL0oJEist6vXtPesRJ6GA5vLE8LSC2/1+VBP7zK+/HcDkSMAJmI62KAy1lZ6Fnl10KtmU1GGtbnHwOPQ1vsljQJi8sQlCHa0sK0fIjRtEdATdScBSdwHke4Sr18wi9txN1M8zmrpu0fYAaNB1k5iyOMKTYEgn4XVEFAr4MShoad6iHeu7Zi6JMv0T+gL9A1kx07JnisLTS4smehZICFGB0jFChWnQIDAQAB';

export default defineConfig({
  // A private build directory (e.g. LASTMILE_OUT_DIR=.output-mine) lets parallel work build and run the e2e
  // suite without overwriting each other's extension; the default is WXT's .output.
  ...(process.env.LASTMILE_OUT_DIR ? { outDir: process.env.LASTMILE_OUT_DIR } : {}),
  // i18n: locales/<lang>.yml become _locales/<lang>/messages.json; the UI follows the browser language.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  manifest: ({ browser }) => ({
    default_locale: 'en',
    // Localised from locales/<lang>.yml; the stores' limits (name ≤ 75, description ≤ 132) are checked
    // for every language in test/unit/i18n.test.ts.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    // alarms: daily pruning of old raw events and the optional weekly recap.
    permissions: ['storage', 'scripting', 'alarms'],
    // Asked for only when the employee turns the weekly recap notification on.
    optional_permissions: ['notifications'],
    // Only the supported SaaS hosts and the known AI tools: never <all_urls>.
    host_permissions: [...SITE_MATCHES, ...AI_TOOL_MATCHES],
    // Extension pages run only their own bundled scripts: no inline or remote code, no eval, no wasm.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lastmile@lastmile.work',
              // 140 (the current ESR) is the first to read data_collection_permissions; older ones would warn in web-ext lint.
              strict_min_version: '140.0',
              // AMO's data-collection disclosure: nothing is required; the anonymous daily stats (sync) are
              // optional: only when the company enables them and the employee agrees (docs/store-listing.md).
              data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: EXTENSION_KEY,
          minimum_chrome_version: '120',
          // Enterprise policy (Chrome/Edge "3rdparty") arrives in storage.managed, typed by this schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
