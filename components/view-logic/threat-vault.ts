// The only link the UI builds from log data: Threat Vault, from a threat id of digits alone.

const THREAT_VAULT_SEARCH = 'https://threatvault.paloaltonetworks.com/?query=';

/** A Threat Vault search URL, or null unless the id is 1-12 ASCII digits. */
export function threatVaultUrl(threatId: string): string | null {
  if (!/^[0-9]{1,12}$/.test(threatId)) return null;
  return `${THREAT_VAULT_SEARCH}${threatId}`;
}
