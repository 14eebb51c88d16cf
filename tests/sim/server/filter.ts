// The Monitor filter syntax, as the simulated firewall understands it (shared by
// log.data.xml.php and /api/): `(field op value)` terms, values bare or single-quoted,
// joined with and / or, negated with not or `!`, nested in parentheses.

export type LogFields = Readonly<Record<string, string>>;
export type LogPredicate = (fields: LogFields) => boolean;

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

const OPERATORS = new Set(['eq', 'neq', 'geq', 'leq', 'gt', 'lt', 'in', 'notin', 'contains', 'has']);

/** Filter names that differ from the log element they test. */
const FIELD_ALIASES: Record<string, string[]> = {
  'addr.src': ['src'],
  'addr.dst': ['dst'],
  addr: ['src', 'dst'],
  'port.src': ['sport'],
  'port.dst': ['dport'],
  'zone.src': ['from'],
  'zone.dst': ['to'],
  'user.src': ['srcuser'],
  name: ['threatid'],
};

const LOG_FIELDS = new Set(
  (
    'receive_time time_generated serial device_name vsys vsys_name seqno sessionid src dst sport dport ' +
    'proto from to app rule rule_uuid action session_end_reason start elapsed bytes config_ver srcuser ' +
    'subtype type threatid tid severity thr_category direction misc category contentver pcap_id ' +
    'user_agent referer sender subject recipient filedigest'
  ).split(' '),
);

type Token =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'word'; text: string }
  | { kind: 'quoted'; text: string };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] as string;
    if (/\s/.test(char)) i++;
    else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close' });
      i++;
    } else if (char === "'") {
      const end = query.indexOf("'", i + 1);
      if (end < 0) throw new FilterSyntaxError(`Unterminated quote near '${query.slice(i, i + 20)}'`);
      tokens.push({ kind: 'quoted', text: query.slice(i + 1, end) });
      i = end + 1;
    } else if (char === '!') {
      tokens.push({ kind: 'word', text: 'not' });
      i++;
    } else {
      let end = i;
      while (end < query.length && !/[\s()']/.test(query[end] as string)) end++;
      tokens.push({ kind: 'word', text: query.slice(i, end) });
      i = end;
    }
  }
  return tokens;
}

function ipv4ToNumber(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) < 256)) return null;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** `in` for addresses: exact, or inside a CIDR block, or inside an `a-b` range. */
function addressIn(value: string, pattern: string): boolean {
  if (value === pattern) return true;
  const address = ipv4ToNumber(value);
  if (address === null) return false;
  const [network, bitsText] = pattern.split('/');
  if (bitsText !== undefined) {
    const base = ipv4ToNumber(network ?? '');
    const bits = Number(bitsText);
    if (base === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
    const size = 2 ** (32 - bits);
    return Math.floor(address / size) === Math.floor(base / size);
  }
  const [low, high] = pattern.split('-').map(ipv4ToNumber);
  return low != null && high != null && address >= low && address <= high;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function compare(a: string, b: string): number {
  if (NUMBER.test(a) && NUMBER.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function termPredicate(field: string, op: string, value: string): LogPredicate {
  const elements = FIELD_ALIASES[field] ?? (LOG_FIELDS.has(field) ? [field] : null);
  if (!elements) throw new FilterSyntaxError(`Invalid term near '${field}'`);
  const isAddress = elements.includes('src') || elements.includes('dst');
  const test = (actual: string): boolean => {
    switch (op) {
      case 'eq':
        return compare(actual, value) === 0;
      case 'neq':
        return compare(actual, value) !== 0;
      case 'geq':
        return compare(actual, value) >= 0;
      case 'leq':
        return compare(actual, value) <= 0;
      case 'gt':
        return compare(actual, value) > 0;
      case 'lt':
        return compare(actual, value) < 0;
      case 'in':
        return isAddress ? addressIn(actual, value) : actual === value;
      case 'notin':
        return isAddress ? !addressIn(actual, value) : actual !== value;
      default:
        return actual.toLowerCase().includes(value.toLowerCase());
    }
  };
  // neq / notin on `addr` mean "neither side", the rest "either side".
  if (op === 'neq' || op === 'notin') return (fields) => elements.every((name) => test(fields[name] ?? ''));
  return (fields) => elements.some((name) => test(fields[name] ?? ''));
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): LogPredicate {
    const predicate = this.parseOr();
    const rest = this.tokens[this.index];
    if (rest) throw new FilterSyntaxError(`Invalid term near '${this.describe(rest)}'`);
    return predicate;
  }

  private describe(token: Token): string {
    return token.kind === 'open' ? '(' : token.kind === 'close' ? ')' : token.text;
  }

  private peekWord(word: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  }

  private parseOr(): LogPredicate {
    const parts = [this.parseAnd()];
    while (this.peekWord('or')) {
      this.index++;
      parts.push(this.parseAnd());
    }
    return parts.length === 1 ? (parts[0] as LogPredicate) : (fields) => parts.some((part) => part(fields));
  }

  private parseAnd(): LogPredicate {
    const parts = [this.parseUnary()];
    while (this.peekWord('and')) {
      this.index++;
      parts.push(this.parseUnary());
    }
    return parts.length === 1 ? (parts[0] as LogPredicate) : (fields) => parts.every((part) => part(fields));
  }

  private parseUnary(): LogPredicate {
    if (this.peekWord('not')) {
      this.index++;
      const inner = this.parseUnary();
      return (fields) => !inner(fields);
    }
    return this.parsePrimary();
  }

  private parsePrimary(): LogPredicate {
    const open = this.tokens[this.index];
    if (open?.kind !== 'open') {
      throw new FilterSyntaxError(
        open ? `Invalid term near '${this.describe(open)}'` : 'Invalid filter: unexpected end',
      );
    }
    const [field, op, value, close] = this.tokens.slice(this.index + 1, this.index + 5);
    if (
      field?.kind === 'word' &&
      op?.kind === 'word' &&
      OPERATORS.has(op.text.toLowerCase()) &&
      (value?.kind === 'word' || value?.kind === 'quoted') &&
      close?.kind === 'close'
    ) {
      this.index += 5;
      return termPredicate(field.text, op.text.toLowerCase(), value.text);
    }
    this.index++;
    const inner = this.parseOr();
    if (this.tokens[this.index]?.kind !== 'close') throw new FilterSyntaxError('Invalid filter: missing )');
    this.index++;
    return inner;
  }
}

/** Compiles a filter; an empty filter matches everything. Throws FilterSyntaxError. */
export function compileFilter(query: string): LogPredicate {
  const tokens = tokenize(query);
  if (tokens.length === 0) return () => true;
  return new Parser(tokens).parseAll();
}
