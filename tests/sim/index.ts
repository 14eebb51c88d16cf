// The PAN-OS simulator, for in-process use (vitest e2e tests, the demo script).

export { DEFAULT_RELEASE, PANOS_RELEASES, type PanosRelease } from './server/releases';
export { startSimulator } from './server/server';
export type { Faults, SimOptions, SimRequest, Simulator } from './server/types';
