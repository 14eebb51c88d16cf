// Training: what a traffic Session End Reason means. The text comes from lib/panos/training.

export interface EndReasonHelpProps {
  reason: string;
  text: string;
}

export function EndReasonHelp({ reason, text }: EndReasonHelpProps) {
  return (
    <div class="tl-training" data-part="end-reason-help">
      <p class="tl-para">
        Session End Reason <span class="tl-code tl-value">{reason === '' ? '(none)' : reason}</span>:
      </p>
      <p class="tl-para tl-value">{text}</p>
    </div>
  );
}
