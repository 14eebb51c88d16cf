// Labelled facts as a definition list. Severity gets its colour chip; a numeric threat id gets
// the Threat Vault link (built from the digits alone, never from other log text).

import { LogText } from '../LogText';
import { SeverityChip } from '../SeverityChip';
import type { Fact } from '../view-logic/explanation-facts';
import { threatVaultUrl } from '../view-logic/threat-vault';

function ThreatIdValue({ id }: { id: string }) {
  const url = threatVaultUrl(id);
  return (
    <>
      <LogText value={id} />
      {url && (
        <>
          {' '}
          <a class="tl-link" href={url} target="_blank" rel="noopener noreferrer" data-part="threat-vault">
            Threat Vault
            <span class="tl-visually-hidden"> (opens in a new tab)</span>
          </a>
        </>
      )}
    </>
  );
}

function FactValue({ fact }: { fact: Fact }) {
  if (fact.key === 'severity') return <SeverityChip severity={fact.value} />;
  if (fact.key === 'threat-id') return <ThreatIdValue id={fact.value} />;
  return <LogText value={fact.value} />;
}

export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl class="tl-facts">
      {facts.map((fact) => (
        <div key={fact.key} style={{ display: 'contents' }} data-fact={fact.key}>
          <dt>{fact.label}</dt>
          <dd>
            <FactValue fact={fact} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
