// The session's other threat entries (alerts before the block, and the like), compact.

import type { ThreatFacts } from '../../lib/panos/types';
import { LogText } from '../LogText';
import { SeverityChip } from '../SeverityChip';

export function OtherThreatsTable({ threats }: { threats: ThreatFacts[] }) {
  return (
    <table class="tl-table" data-part="other-threats">
      <caption class="tl-visually-hidden">Other threat entries of this session</caption>
      <colgroup>
        <col style={{ width: '27%' }} />
        <col />
        <col style={{ width: '22%' }} />
        <col style={{ width: '18%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Threat</th>
          <th scope="col">Severity</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {threats.map((threat, i) => (
          <tr key={i}>
            <td>
              <LogText value={threat.time} />
            </td>
            <td>
              <LogText value={threat.id === '' ? threat.name : `${threat.name} (${threat.id})`} />
            </td>
            <td>
              <SeverityChip severity={threat.severity} />
            </td>
            <td>
              <LogText value={threat.action} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
