// The panel's footer buttons. Navigation is the caller's (callbacks); copying is done here
// with the async clipboard unless the caller supplies its own writer.

import { useState } from 'preact/hooks';
import { logPageOfSubtype } from '../../lib/panos/logs/log-pages';
import type { Explanation } from '../../lib/panos/types';
import { explanationAsMarkdown, explanationAsText } from '../view-logic/explanation-text';

export type CopyFormat = 'text' | 'markdown';

export interface PanelActionsProps {
  explanation: Explanation | null;
  onOpenDetailedLog?: () => void;
  onOpenThreatLog?: () => void;
  /** Writes the text somewhere; defaults to navigator.clipboard.writeText. */
  onCopy?: (format: CopyFormat, text: string) => void | Promise<void>;
}

async function writeClipboard(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('Clipboard not available');
  await navigator.clipboard.writeText(text);
}

export function PanelActions({ explanation, onOpenDetailedLog, onOpenThreatLog, onCopy }: PanelActionsProps) {
  const [copyStatus, setCopyStatus] = useState('');

  const copy = async (format: CopyFormat) => {
    if (!explanation) return;
    const text = format === 'markdown' ? explanationAsMarkdown(explanation) : explanationAsText(explanation);
    try {
      await (onCopy ? onCopy(format, text) : writeClipboard(text));
      setCopyStatus(format === 'markdown' ? 'Copied as Markdown' : 'Copied');
    } catch {
      setCopyStatus('Could not copy: the browser refused the clipboard');
    }
  };

  if (!explanation && !onOpenDetailedLog && !onOpenThreatLog) return null;
  return (
    <div class="tl-actions" data-part="actions">
      {onOpenDetailedLog && (
        <button type="button" class="tl-button" data-action="detailed-log" onClick={onOpenDetailedLog}>
          Open Detailed Log View
        </button>
      )}
      {onOpenThreatLog && (
        <button type="button" class="tl-button" data-action="threat-log" onClick={onOpenThreatLog}>
          Show in {logPageOfSubtype(explanation?.threat?.subtype).label}
        </button>
      )}
      {explanation && (
        <>
          <button type="button" class="tl-button" data-action="copy-text" onClick={() => void copy('text')}>
            Copy as text
          </button>
          <button
            type="button"
            class="tl-button"
            data-action="copy-markdown"
            onClick={() => void copy('markdown')}
          >
            Copy as Markdown
          </button>
        </>
      )}
      <span class="tl-status" role="status" aria-live="polite" data-part="copy-status">
        {copyStatus}
      </span>
    </div>
  );
}
