// The answer the panel should give for a session, computed apart from the extension: each log
// database read through the simulator's XML API (with its API key), the session-ending entry
// picked, and the rule's profile of that type read from the running config.

import type { Simulator } from '../sim/index';

export const DATABASES = ['threat', 'url', 'data', 'wildfire'] as const;

/** Subtype -> profile type label and the rule's profile-setting element (reference sections 5 and 7). */
const PROFILE_OF_SUBTYPE: Record<string, [label: string, element: string]> = {
  vulnerability: ['Vulnerability Protection', 'vulnerability'],
  spyware: ['Anti-Spyware', 'spyware'],
  virus: ['Antivirus', 'virus'],
  'wildfire-virus': ['Antivirus', 'virus'],
  'ml-virus': ['Antivirus', 'virus'],
  wildfire: ['WildFire Analysis', 'wildfire-analysis'],
  url: ['URL Filtering', 'url-filtering'],
  file: ['File Blocking', 'file-blocking'],
  data: ['Data Filtering', 'data-filtering'],
};
const ENDING = new Set(
  'reset-client reset-server reset-both drop drop-all-packets block-ip block-url block-continue block-override deny block'.split(
    ' ',
  ),
);
const VSYS = (vsys: string) =>
  `/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='${vsys}']`;

export interface ExpectedAnswer {
  database: string;
  subtype: string;
  profileType: string;
  profileName: string;
  rule: string;
}

interface Entry {
  database: string;
  fields: Record<string, string>;
}

async function api(sim: Simulator, params: Record<string, string>): Promise<string> {
  const response = await fetch(`${sim.url}/api/?${new URLSearchParams(params)}`, {
    headers: { 'X-PAN-KEY': sim.apiKey },
  });
  return response.text();
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? '';

async function readDatabase(sim: Simulator, database: string, sessionid: string): Promise<Entry[]> {
  const enqueued = await api(sim, {
    type: 'log',
    'log-type': database,
    query: `(sessionid eq ${sessionid})`,
  });
  const jobId = tag(enqueued, 'job');
  for (let poll = 0; poll < 20; poll++) {
    const xml = await api(sim, { type: 'log', action: 'get', 'job-id': jobId });
    if (tag(xml, 'status') !== 'FIN') continue;
    return [...xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/g)].map((match) => ({
      database,
      fields: Object.fromEntries(
        [...(match[1] ?? '').matchAll(/<([\w-]+)>([^<]*)<\/\1>/g)].map((f) => [f[1] ?? '', f[2] ?? '']),
      ),
    }));
  }
  throw new Error(`log job ${jobId} (${database}) never finished`);
}

async function profileNameOf(sim: Simulator, vsys: string, rule: string, element: string): Promise<string> {
  const ruleXml = await api(sim, {
    type: 'config',
    action: 'show',
    xpath: `${VSYS(vsys)}/rulebase/security/rules/entry[@name='${rule}']`,
  });
  const group = /<group>\s*<member>([^<]*)<\/member>/.exec(ruleXml)?.[1];
  const holder = group
    ? await api(sim, {
        type: 'config',
        action: 'show',
        xpath: `${VSYS(vsys)}/profile-group/entry[@name='${group}']`,
      })
    : ruleXml;
  const name = new RegExp(`<${element}>\\s*<member>([^<]*)</member>`).exec(holder)?.[1];
  if (!name) throw new Error(`rule ${rule} attaches no ${element} profile`);
  return name;
}

/** Reads all four databases for the session (newest grid page: one live session per id). */
export async function expectedAnswer(sim: Simulator, sessionid: string): Promise<ExpectedAnswer> {
  const entries = (await Promise.all(DATABASES.map((db) => readDatabase(sim, db, sessionid)))).flat();
  const ending = entries.filter((e) => ENDING.has(e.fields.action ?? ''));
  // A WildFire submission records what another profile did: WildFire Analysis only forwards.
  const enforcing = ending.filter((e) => e.database !== 'wildfire');
  const latest = (enforcing.length > 0 ? enforcing : ending).sort((a, b) =>
    (a.fields.time_generated ?? '').localeCompare(b.fields.time_generated ?? ''),
  );
  const blocking = latest.at(-1);
  if (!blocking) throw new Error(`no session-ending entry for ${sessionid}`);
  const subtype = blocking.fields.subtype ?? '';
  const [profileType, element] = PROFILE_OF_SUBTYPE[subtype] ?? ['', ''];
  const rule = blocking.fields.rule ?? '';
  return {
    database: blocking.database,
    subtype,
    profileType,
    profileName: await profileNameOf(sim, blocking.fields.vsys ?? 'vsys1', rule, element),
    rule,
  };
}
