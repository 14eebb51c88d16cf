import { installBridge } from '../lib/bridge/bridge-main';

// The main-world half of the bridge: built to /panos-bridge.js and registered by the
// background with world: 'MAIN' for the granted firewall origins.
export default defineUnlistedScript(() => {
  installBridge(window);
});
