// What to tell an admin whose role may not make an XML API request type (reference section 9:
// HTTP 403 "Type [log] not authorized for user role"), with the fix, in plain words.

export type ApiArea = 'log' | 'config';

const ACCESS_NAME: Record<ApiArea, string> = { log: 'Log', config: 'Configuration' };
const WHAT: Record<ApiArea, string> = { log: 'log', config: 'configuration' };

export function roleDeniedMessage(area: ApiArea): string {
  return `Your admin role lacks XML API ${WHAT[area]} access (PAN-OS answered "not authorized for user role").`;
}

export function roleDeniedFix(area: ApiArea): string {
  return (
    `An administrator can allow it in Device > Admin Roles: open your role, XML API tab, enable ${ACCESS_NAME[area]}. ` +
    "Or store an API key of an admin whose role allows it in the extension's options."
  );
}
