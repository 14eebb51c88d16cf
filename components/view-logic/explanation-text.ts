// An Explanation as plain text or Markdown, for tickets and chats. Log fields are flattened to
// one line (and escaped for Markdown); the only structure comes from our own fixed labels.

import type { Explanation, ThreatFacts } from '../../lib/panos/types';
import {
  allWarnings,
  type Fact,
  profileFacts,
  threatFacts,
  trafficFacts,
  verdictLabel,
} from './explanation-facts';
import { escapeMarkdown } from './markdown-escape';
import { oneLineVisible } from './safe-text';

const TITLE = 'Threat Lens for PAN-OS: allowed by policy, then ended by a threat';

interface Section {
  title: string;
  facts?: Fact[];
  paragraphs?: string[];
  items?: string[];
  numbered?: boolean;
  others?: ThreatFacts[];
}

function sectionsOf(e: Explanation): Section[] {
  const sections: Section[] = [];
  const warnings = allWarnings(e);
  if (warnings.length > 0) sections.push({ title: 'Warnings', items: warnings });
  if (e.threat) sections.push({ title: 'The threat that ended the session', facts: threatFacts(e.threat) });
  if (e.threat?.actionMeaning)
    sections.push({ title: 'What the action means', paragraphs: [e.threat.actionMeaning] });
  if (e.whyAllow) sections.push({ title: 'Why the traffic log still says allow', paragraphs: [e.whyAllow] });
  if (e.profile) sections.push({ title: 'The profile', facts: profileFacts(e.profile, e.profileTypeLabel) });
  if (e.notFoundReasons.length > 0)
    sections.push({ title: 'Why nothing was found', items: e.notFoundReasons });
  if (e.otherThreats.length > 0)
    sections.push({ title: 'Other threat entries of the session', others: e.otherThreats });
  sections.push({ title: 'The traffic log', facts: trafficFacts(e.traffic) });
  if (e.nextSteps.length > 0) sections.push({ title: 'What to do next', items: e.nextSteps, numbered: true });
  if (e.provenance.length > 0) sections.push({ title: 'Where this answer came from', items: e.provenance });
  return sections;
}

function otherThreatLine(t: ThreatFacts, clean: (value: string) => string): string {
  const parts = [t.time, t.name, t.id && `(${t.id})`, t.severity, t.action].filter((part) => part !== '');
  return parts.map(clean).join(' · ');
}

export function explanationAsText(e: Explanation): string {
  const clean = oneLineVisible;
  const lines = [TITLE, '', clean(verdictLabel(e.verdict)), clean(e.headline)];
  if (e.summary) lines.push(clean(e.summary));
  for (const section of sectionsOf(e)) {
    lines.push('', section.title);
    for (const fact of section.facts ?? []) lines.push(`  ${fact.label}: ${clean(fact.value)}`);
    for (const paragraph of section.paragraphs ?? []) lines.push(`  ${clean(paragraph)}`);
    (section.items ?? []).forEach((item, i) => {
      lines.push(`  ${section.numbered ? `${i + 1}.` : '-'} ${clean(item)}`);
    });
    for (const other of section.others ?? []) lines.push(`  - ${otherThreatLine(other, clean)}`);
  }
  return `${lines.join('\n')}\n`;
}

function markdownTable(others: ThreatFacts[]): string[] {
  const rows = others.map((t) =>
    [t.time, t.name, t.id, t.severity, t.action, t.urlOrFile].map((cell) => escapeMarkdown(cell) || '-'),
  );
  return [
    '| Time | Threat | ID | Severity | Action | URL or file |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}

export function explanationAsMarkdown(e: Explanation): string {
  const md = escapeMarkdown;
  const lines = [`### ${TITLE}`, '', `**${md(verdictLabel(e.verdict))}**: ${md(e.headline)}`];
  if (e.summary) lines.push('', md(e.summary));
  for (const section of sectionsOf(e)) {
    lines.push('', `#### ${section.title}`, '');
    for (const fact of section.facts ?? []) lines.push(`- **${fact.label}:** ${md(fact.value)}`);
    for (const paragraph of section.paragraphs ?? []) lines.push(md(paragraph));
    (section.items ?? []).forEach((item, i) => {
      lines.push(`${section.numbered ? `${i + 1}.` : '-'} ${md(item)}`);
    });
    if (section.others) lines.push(...markdownTable(section.others));
  }
  return `${lines.join('\n')}\n`;
}
