import { defineConfig } from 'wxt';
import { preactWithoutInnerHtml } from './scripts/preact-without-inner-html';

// Schema for storage.managed, so an administrator's policy can list firewall origins
// (Chrome applies managed storage only to keys declared here; Firefox reads policies.json).
const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    enabledOrigins: {
      title: 'Firewall origins',
      description:
        'PAN-OS web UI origins (https://host[:port]) Threat Lens runs on without a click. The host permission must also be granted.',
      type: 'array',
      items: { type: 'string' },
    },
  },
};

// Least privilege: no host permissions at install. The user grants each firewall origin at
// run time (optional_host_permissions) and the background registers content scripts for it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No innerHTML write in the shipped code: Preact's dangerouslySetInnerHTML path is left out.
  vite: () => ({ plugins: [preactWithoutInnerHtml()] }),
  // Auto-imports: WXT's own helpers (defineBackground...) only. Scanning components/ (WXT's
  // default) made every export there a global, test helpers included (`key`, `done`, `click`):
  // a free name like these in a script imported the helper, and with it Preact's runtime, into
  // the main-world bridge and the background of the shipped package. Our code imports explicitly.
  imports: { dirsScanOptions: { fileFilter: () => false } },
  manifest: ({ browser, mode }) => ({
    name: 'Threat Lens for PAN-OS',
    description:
      'Explains PAN-OS traffic logs that say allow + threat: names the Security Profile that ended the session.',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The e2e build plays a managed deployment: the simulator's host is granted in the manifest,
    // so the tests see scripts registered at start-up without any click.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    web_accessible_resources: [],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Threat Lens for PAN-OS',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'threat-lens@panos.example',
              // 140 (an ESR): the first release that reads data_collection_permissions (the
              // bridge's MAIN-world registration needs 128). The e2e suite runs on Firefox ESR.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') {
        files.push({
          relativeDest: 'managed_schema.json',
          contents: JSON.stringify(MANAGED_SCHEMA, null, 2),
        });
      }
    },
  },
  // The sources zip is what a store reviewer rebuilds the package from: the extension's sources
  // and build files. Tests and their helpers live under tests/ or beside the code as *.test.*;
  // the demo and bench drivers run the built extension against the simulator, so they go too
  // (tests/e2e/packages.e2e.ts checks the zip holds nothing that imports a test tool or tests/).
  zip: {
    excludeSources: [
      'tests/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      'vitest*.config.ts',
      'scripts/demo.ts',
      'scripts/bench.ts',
      'scripts/bench/**',
      '.output/**',
      'screenshots/**',
      'docs/screenshots/**',
    ],
  },
});
