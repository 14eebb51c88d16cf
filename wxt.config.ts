import { defineConfig } from 'wxt';

// Least privilege: no host permissions at install. The user grants each firewall origin at
// run time (optional_host_permissions) and the background registers content scripts for it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Threat Lens for PAN-OS',
    description:
      'Explains PAN-OS traffic logs that say allow + threat: names the Security Profile that ended the session.',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    web_accessible_resources: [],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'threat-lens@panos.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', '.output/**', 'screenshots/**'],
  },
});
