// The side panel's answer for a finished lookup, answer first: one sentence and three facts
// (threat, profile, rule), one line per warning, what to do; then the rest in sections that start
// closed and remember their state: where the answer came from, the threat entry in full, other
// entries, the traffic log entry, and Learn.

import type { Explanation } from '../../lib/panos/types';
import { EndReasonHelp } from '../EndReasonHelp';
import { LogText } from '../LogText';
import {
  allWarnings,
  answerFacts,
  profileFacts,
  threatFacts,
  trafficFacts,
  verdictLabel,
} from '../view-logic/explanation-facts';
import { Collapsible } from './Collapsible';
import { FactList } from './FactList';
import { OtherThreatsTable } from './OtherThreatsTable';
import { Section, TextList } from './Section';

export interface ExplanationViewProps {
  explanation: Explanation;
  showTraining: boolean;
  /** Section id -> open; a section not listed is closed. */
  openSections?: Readonly<Record<string, boolean>>;
  onToggleSection?: (id: string, open: boolean) => void;
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul class="tl-warn-lines" role="note" aria-label="Check before acting" data-part="warnings">
      {warnings.map((warning, i) => (
        <li key={i}>
          <span aria-hidden="true">⚠ </span>
          <LogText value={warning} />
        </li>
      ))}
    </ul>
  );
}

export function ExplanationView(props: ExplanationViewProps) {
  const { explanation: e, showTraining, openSections = {}, onToggleSection } = props;
  const fold = (id: string, title: string) => ({
    id,
    title,
    open: openSections[id] === true,
    onToggle: onToggleSection,
  });
  const found = e.verdict === 'blocked-by-profile' || e.verdict === 'zone-dos';
  return (
    <>
      <div class="tl-section tl-answer" data-section="verdict">
        <div class="tl-verdict" data-part="verdict">
          {verdictLabel(e.verdict)}
        </div>
        <div class="tl-headline">
          <LogText value={e.headline} part="headline" />
        </div>
        <div data-section="answer">
          <FactList facts={answerFacts(e)} />
        </div>
      </div>
      <Warnings warnings={allWarnings(e)} />
      {e.nextSteps.length > 0 && (
        <Section id="next-steps" title="What to do">
          <TextList items={e.nextSteps} numbered />
        </Section>
      )}
      <Collapsible {...fold('provenance', 'Where the answer came from')}>
        {e.profile && (
          <div data-section="profile">
            <FactList facts={profileFacts(e.profile, e.profileTypeLabel)} />
          </div>
        )}
        {e.provenance.length > 0 && <TextList items={e.provenance} />}
      </Collapsible>
      {!found && e.notFoundReasons.length > 0 && (
        <Collapsible {...fold('not-found', 'Why no entry was found: likely reasons')}>
          <p class="tl-para">
            No log entry that ended this session was found, so this extension cannot say which profile ended
            it.
          </p>
          <TextList items={e.notFoundReasons} />
        </Collapsible>
      )}
      {e.threat && (
        <Collapsible {...fold('threat', 'The threat entry in full')}>
          {e.summary && <LogText as="p" value={e.summary} part="summary" />}
          <FactList facts={threatFacts(e.threat)} />
          {e.threat.actionMeaning && <LogText as="p" value={e.threat.actionMeaning} part="action-meaning" />}
        </Collapsible>
      )}
      {e.otherThreats.length > 0 && (
        <Collapsible {...fold('other-threats', `Other entries of this session (${e.otherThreats.length})`)}>
          <OtherThreatsTable threats={e.otherThreats} />
        </Collapsible>
      )}
      <Collapsible {...fold('traffic', 'The traffic log entry')}>
        <FactList facts={trafficFacts(e.traffic)} />
      </Collapsible>
      <Collapsible {...fold('learn', 'Learn: why the traffic log says allow')}>
        {e.whyAllow && (
          <div data-section="why-allow">
            <LogText as="p" value={e.whyAllow} part="why-allow" />
          </div>
        )}
        {showTraining && e.endReasonText && (
          <div data-section="training">
            <EndReasonHelp reason={e.traffic.sessionEndReason} text={e.endReasonText} />
          </div>
        )}
      </Collapsible>
    </>
  );
}
