// Scenario registry: name -> scenario data.

import { defaultScenario } from './default';
import { hostileScenario } from './hostile';
import { multiVsysScenario } from './multi-vsys';
import { panoramaScenario } from './panorama';
import type { Scenario } from './types';

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  default: defaultScenario,
  'multi-vsys': multiVsysScenario,
  panorama: panoramaScenario,
  hostile: hostileScenario,
};

export function scenarioByName(name: string): Scenario {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`Unknown scenario "${name}" (known: ${Object.keys(SCENARIOS).join(', ')})`);
  return scenario;
}
