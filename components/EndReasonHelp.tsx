// Training: what a traffic Session End Reason means. The text comes from lib/panos/training.

import { LogText } from './LogText';

export interface EndReasonHelpProps {
  reason: string;
  text: string;
}

export function EndReasonHelp({ reason, text }: EndReasonHelpProps) {
  return (
    <div class="tl-training" data-part="end-reason-help">
      <p class="tl-para">
        Session End Reason <LogText class="tl-code" value={reason === '' ? '(none)' : reason} />:
      </p>
      <LogText as="p" value={text} part="end-reason-text" />
    </div>
  );
}
