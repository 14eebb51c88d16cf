// A tiny XML tree and writer. Every text and attribute value goes through escapeXml: scenario
// data is attacker-controlled on purpose (the hostile scenario), so nothing is concatenated raw.

export interface XmlNode {
  name: string;
  attrs?: Record<string, string>;
  children?: XmlNode[];
  text?: string;
}

/** Escapes text for element content (and, with `attribute`, for a double-quoted attribute value);
 * tab/newline/CR become char refs, characters XML 1.0 forbids (NUL, most C0) become U+FFFD. */
export function escapeXml(value: string, attribute = false): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"' && attribute) out += '&quot;';
    else if (code === 0x9 || code === 0xa || code === 0xd)
      out += attribute || code === 0xd ? `&#${code};` : char;
    else if (code < 0x20 || code === 0xfffe || code === 0xffff) out += '\ufffd';
    else out += char;
  }
  return out;
}

export function el(name: string, content?: string | XmlNode[], attrs?: Record<string, string>): XmlNode {
  if (typeof content === 'string') return { name, attrs, text: content };
  return { name, attrs, children: content ?? [] };
}

/** `<members><member>a</member>…` helper for PAN-OS member lists. */
export function members(name: string, values: readonly string[]): XmlNode {
  return el(
    name,
    values.map((value) => el('member', value)),
  );
}

export function serialize(node: XmlNode): string {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value, true)}"`)
    .join('');
  if (node.text !== undefined) return `<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`;
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${children.map(serialize).join('')}</${node.name}>`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}
