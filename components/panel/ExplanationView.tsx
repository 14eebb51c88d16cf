// The side panel's answer for a finished lookup: headline and verdict first, then the threat,
// why the traffic log says allow, the profile, other entries, the traffic, and what to do.

import type { Explanation } from '../../lib/panos/types';
import {
  allWarnings,
  profileFacts,
  threatFacts,
  trafficFacts,
  verdictLabel,
} from '../../lib/ui/explanation-facts';
import { EndReasonHelp } from '../EndReasonHelp';
import { LogText } from '../LogText';
import { FactList } from './FactList';
import { OtherThreatsTable } from './OtherThreatsTable';
import { Section, TextList } from './Section';

export interface ExplanationViewProps {
  explanation: Explanation;
  showTraining: boolean;
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div class="tl-box tl-box-warn" role="note" data-part="warnings">
      <p class="tl-box-title">Check before acting</p>
      <TextList items={warnings} />
    </div>
  );
}

export function ExplanationView({ explanation: e, showTraining }: ExplanationViewProps) {
  return (
    <>
      <div class="tl-section" data-section="verdict">
        <div class="tl-verdict" data-part="verdict">
          {verdictLabel(e.verdict)}
        </div>
        <div class="tl-headline">
          <LogText value={e.headline} part="headline" />
        </div>
        {e.summary && <LogText as="p" value={e.summary} part="summary" />}
      </div>
      <Warnings warnings={allWarnings(e)} />
      {e.verdict === 'no-threat-log' && (
        <Section id="not-found" title="No threat log entry for this session">
          <p class="tl-para">
            The threat log has no entry for this session, so this extension cannot say which profile ended it.
          </p>
          {e.notFoundReasons.length > 0 && (
            <>
              <p class="tl-para">Likely reasons:</p>
              <TextList items={e.notFoundReasons} />
            </>
          )}
        </Section>
      )}
      {e.threat && (
        <Section id="threat" title="The threat that ended the session">
          <FactList facts={threatFacts(e.threat)} />
          {e.threat.actionMeaning && <LogText as="p" value={e.threat.actionMeaning} part="action-meaning" />}
        </Section>
      )}
      {e.whyAllow && (
        <Section id="why-allow" title="Why the traffic log still says allow">
          <LogText as="p" value={e.whyAllow} part="why-allow" />
        </Section>
      )}
      {e.profile && (
        <Section id="profile" title="The Security Profile">
          <FactList facts={profileFacts(e.profile, e.profileTypeLabel)} />
          {e.provenance.length > 0 && (
            <>
              <p class="tl-para">Where this answer came from:</p>
              <TextList items={e.provenance} />
            </>
          )}
        </Section>
      )}
      {e.verdict !== 'no-threat-log' && e.notFoundReasons.length > 0 && (
        <Section id="not-found" title="What could not be found">
          <TextList items={e.notFoundReasons} />
        </Section>
      )}
      {e.otherThreats.length > 0 && (
        <Section id="other-threats" title={`Other threat entries of this session (${e.otherThreats.length})`}>
          <OtherThreatsTable threats={e.otherThreats} />
        </Section>
      )}
      <Section id="traffic" title="The traffic log entry">
        <FactList facts={trafficFacts(e.traffic)} />
      </Section>
      {e.nextSteps.length > 0 && (
        <Section id="next-steps" title="What to do next">
          <TextList items={e.nextSteps} numbered />
        </Section>
      )}
      {!e.profile && e.provenance.length > 0 && (
        <Section id="provenance" title="Where this answer came from">
          <TextList items={e.provenance} />
        </Section>
      )}
      {showTraining && e.endReasonText && (
        <Section id="training" title="Learn: Session End Reason">
          <EndReasonHelp reason={e.traffic.sessionEndReason} text={e.endReasonText} />
        </Section>
      )}
    </>
  );
}
