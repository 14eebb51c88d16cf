// The page's Ext.Direct client goes by different names across PAN-OS releases (reference
// section 9): `PanDirect` and `Pan.direct` in 8.1, `Panos.direct` in a recent Panorama; which
// release uses which is unknown. The first of them with a `run` function is the one we use.

import type { DirectRun, PageGlobals } from './ext-surface';

export const RPC_OBJECT_NAMES = ['PanDirect', 'Pan.direct', 'Panos.direct'] as const;
export type RpcObjectName = (typeof RPC_OBJECT_NAMES)[number];

export interface RpcObject {
  name: RpcObjectName;
  /** The object `run` is called on (its `this`). */
  target: object;
  run: DirectRun;
}

function candidate(globals: PageGlobals, name: RpcObjectName): unknown {
  // A hostile or half-built page may throw from a getter: that name simply does not answer.
  try {
    if (name === 'PanDirect') return globals.PanDirect;
    if (name === 'Pan.direct') return globals.Pan?.direct;
    return globals.Panos?.direct;
  } catch {
    return undefined;
  }
}

function asRpcObject(name: RpcObjectName, value: unknown): RpcObject | null {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
  let run: unknown;
  try {
    run = (value as { run?: unknown }).run;
  } catch {
    return null;
  }
  return typeof run === 'function' ? { name, target: value, run: run as DirectRun } : null;
}

/** Every known name whose object has a `run` function, in the order we prefer them. */
export function rpcObjectsPresent(globals: PageGlobals): RpcObjectName[] {
  return RPC_OBJECT_NAMES.filter((name) => asRpcObject(name, candidate(globals, name)) !== null);
}

/** The page's RPC client: the first known name with a `run` function; null when none has one. */
export function findRpcObject(globals: PageGlobals): RpcObject | null {
  for (const name of RPC_OBJECT_NAMES) {
    const found = asRpcObject(name, candidate(globals, name));
    if (found) return found;
  }
  return null;
}
