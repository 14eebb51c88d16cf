// The PAN-OS simulator, for in-process use (vitest e2e tests, the demo script).

export { SCENARIOS } from './scenarios';
export type { LogEntry, Scenario } from './scenarios/types';
export { directToken } from './server/direct-route';
export { startSimulator } from './server/server';
export type { EndpointKind, Faults, SimOptions, SimRequest, Simulator } from './server/types';
