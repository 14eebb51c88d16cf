// A small xpath evaluator for the absolute paths PAN-OS config requests use:
// `/config/devices/entry[@name='x']/vsys/entry[@name='vsys1']/…`, steps with an optional
// `[@attr='value']` predicate (single or double quotes). Anything else is a bad xpath.

import type { XmlNode } from './xml';

export class XpathError extends Error {}

interface Step {
  name: string;
  attr?: string;
  value?: string;
}

const STEP = /^([A-Za-z_][\w.-]*|\*)(?:\[@([A-Za-z_][\w-]*)=(?:'([^']*)'|"([^"]*)")\])?$/;

/** Splits on `/` outside quotes. */
function splitSteps(xpath: string): string[] {
  const steps: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const char of xpath) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '/') {
      steps.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (quote) throw new XpathError('unterminated quote');
  steps.push(current);
  return steps;
}

export function parseXpath(xpath: string): Step[] {
  const trimmed = xpath.trim();
  if (!trimmed.startsWith('/') || trimmed === '/') throw new XpathError('not an absolute path');
  const parts = splitSteps(trimmed.replace(/\/+$/, '')).slice(1);
  return parts.map((part) => {
    const match = STEP.exec(part);
    if (!match) throw new XpathError(`bad step ${part}`);
    const [, name = '', attr, single, double] = match;
    return attr ? { name, attr, value: single ?? double ?? '' } : { name };
  });
}

function matches(node: XmlNode, step: Step): boolean {
  if (step.name !== '*' && node.name !== step.name) return false;
  return !step.attr || node.attrs?.[step.attr] === step.value;
}

/** The nodes at xpath under the document root (the root itself is the first step). */
export function selectNodes(root: XmlNode, xpath: string): XmlNode[] {
  const [first, ...rest] = parseXpath(xpath);
  if (!first || !matches(root, first)) return [];
  let current: XmlNode[] = [root];
  for (const step of rest) {
    current = current.flatMap((node) => (node.children ?? []).filter((child) => matches(child, step)));
  }
  return current;
}
