// Panorama or firewall? No page flag for it is known (an invented one may exist on some page,
// so it counts as a hint at most). Known signs (reference section 9): the XML API system info
// model (`Panorama`, `M-…`), the running config's device groups and `/config/panorama`, the
// traffic grid's Device SN / Device Name columns and serials of several firewalls, the hash
// location (`vsysN` only on a firewall). Each sign is read by a pure function; `decideProduct`
// weighs them and says which decided, and when they disagree or are too few it says so.

export type Product = 'firewall' | 'panorama';

export type SignName =
  | 'system-info'
  | 'config-device-groups'
  | 'grid-serials'
  | 'grid-columns'
  | 'hash-location'
  | 'page-flag'
  /** What an earlier page decided for this origin (strong: it was decided by strong signs). */
  | 'remembered';

export interface ProductSign {
  name: SignName;
  says: Product;
  /** A strong sign decides alone; a hint needs another hint that agrees, and no strong sign. */
  strong: boolean;
  /** What was seen, in a few words (no log content): 'model Panorama', 'location vsys2'. */
  seen: string;
}

export type DecisionState =
  /** The strong signs agree (or, without any, two hints or more agree). */
  | 'decided'
  /** Signs of equal weight say different things. */
  | 'disagree'
  /** One hint only: not enough to decide. */
  | 'too-few'
  /** Nothing could be read. */
  | 'no-signs';

export interface ProductDecision {
  product: Product | 'unknown';
  state: DecisionState;
  /** The signs that decided (the strong ones, or the agreeing hints). */
  decidedBy: ProductSign[];
  /** The signs that said otherwise (outweighed, or in a disagreement). */
  against: ProductSign[];
}

const PANORAMA_MODEL = /^(panorama\b|m-\d)/i;
const VSYS_LOCATION = /^vsys\d+$/;
const SERIAL_FIELD = 'serial';
const DEVICE_NAME_FIELD = 'device_name';

/** `<show><system><info/></system></show>`: `Panorama` (virtual) or `M-…` (appliance); any other model is a firewall. */
export function signFromModel(model: string | null | undefined): ProductSign | null {
  const text = (model ?? '').trim();
  if (text === '' || text.length > 60) return null;
  const seen = `model ${text}`;
  return PANORAMA_MODEL.test(text)
    ? { name: 'system-info', says: 'panorama', strong: true, seen }
    : { name: 'system-info', says: 'firewall', strong: true, seen };
}

/**
 * The running config: device groups exist only on Panorama (strong). Without them, a
 * `/config/panorama` node still hints Panorama (one with no device group yet); with neither,
 * it is a firewall. `null` for what could not be read.
 */
export function signFromConfig(
  hasDeviceGroups: boolean | null,
  hasPanoramaNode: boolean | null,
): ProductSign | null {
  if (hasDeviceGroups === true) {
    return { name: 'config-device-groups', says: 'panorama', strong: true, seen: 'device groups' };
  }
  if (hasDeviceGroups === null || hasPanoramaNode === null) return null;
  return hasPanoramaNode
    ? { name: 'config-device-groups', says: 'panorama', strong: false, seen: '/config/panorama only' }
    : { name: 'config-device-groups', says: 'firewall', strong: true, seen: 'no device groups' };
}

/** The hash location: `vsysN` exists only on a firewall; another name is likely a device group. */
export function signFromHashLocation(location: string | null | undefined): ProductSign | null {
  const text = (location ?? '').trim();
  if (text === '' || text === 'shared') return null;
  if (VSYS_LOCATION.test(text)) {
    return { name: 'hash-location', says: 'firewall', strong: true, seen: `location ${text}` };
  }
  return { name: 'hash-location', says: 'panorama', strong: false, seen: 'location not a vsys' };
}

/**
 * The traffic grid: a firewall logs its own serial only, so several serials mean Panorama
 * (strong). Device SN / Device Name shown are Panorama's defaults (a hint: a firewall admin can
 * show them too).
 */
export function signsFromGrid(serials: readonly string[], shownFields: readonly string[]): ProductSign[] {
  const signs: ProductSign[] = [];
  const distinct = new Set(serials.map((serial) => serial.trim()).filter((serial) => serial !== ''));
  if (distinct.size > 1) {
    signs.push({ name: 'grid-serials', says: 'panorama', strong: true, seen: `${distinct.size} serials` });
  }
  if (shownFields.includes(SERIAL_FIELD) && shownFields.includes(DEVICE_NAME_FIELD)) {
    signs.push({
      name: 'grid-columns',
      says: 'panorama',
      strong: false,
      seen: 'Device SN and Device Name shown',
    });
  }
  return signs;
}

/** A product flag some page may set (none is known on real PAN-OS): a hint, never enough alone. */
export function signFromPageFlag(product: string | null | undefined): ProductSign | null {
  if (product !== 'panorama' && product !== 'firewall') return null;
  return { name: 'page-flag', says: product, strong: false, seen: `page says ${product}` };
}

function productsOf(signs: ProductSign[]): Set<Product> {
  return new Set(signs.map((sign) => sign.says));
}

export function decideProduct(signs: readonly (ProductSign | null)[]): ProductDecision {
  const present = signs.filter((sign): sign is ProductSign => sign !== null);
  if (present.length === 0) return { product: 'unknown', state: 'no-signs', decidedBy: [], against: [] };
  const strong = present.filter((sign) => sign.strong);
  const weighed = strong.length > 0 ? strong : present;
  const products = productsOf(weighed);
  if (products.size > 1) return { product: 'unknown', state: 'disagree', decidedBy: [], against: weighed };
  const product = [...products][0] as Product;
  if (strong.length === 0 && present.length < 2) {
    return { product: 'unknown', state: 'too-few', decidedBy: [], against: [] };
  }
  return {
    product,
    state: 'decided',
    decidedBy: weighed,
    against: present.filter((sign) => sign.says !== product),
  };
}

const NAME_WORDS: Readonly<Record<SignName, string>> = {
  'system-info': 'the XML API system info',
  'config-device-groups': 'the running configuration',
  'grid-serials': "the grid's device serials",
  'grid-columns': "the grid's Device SN and Device Name columns",
  'hash-location': "the page's location",
  'page-flag': "the page's own product flag",
  remembered: 'what an earlier visit decided',
};

const signWords = (sign: ProductSign) => `${NAME_WORDS[sign.name]} (${sign.seen})`;
const productWord = (product: Product) => (product === 'panorama' ? 'Panorama' : 'a firewall');

/** In plain words, for the panel and popup, when the product is not known; null when it is (or not asked yet). */
export function undecidedNote(decision: ProductDecision, apiAsked = true): string | null {
  const fallback = 'only what the logs make certain (threat, profile type, rule, device) is shown.';
  switch (decision.state) {
    case 'decided':
      return null;
    case 'disagree': {
      const said = decision.against.map((sign) => `${signWords(sign)} says ${productWord(sign.says)}`);
      return `Threat Lens cannot tell whether this is Panorama or a firewall: ${said.join('; ')}. So the configuration is not read, and ${fallback}`;
    }
    case 'too-few':
    case 'no-signs':
      // Not asked yet: nothing to warn about until an answer needs the configuration.
      return apiAsked
        ? `Threat Lens could not yet tell whether this is Panorama or a firewall (the XML API could not be read to ask), so the configuration is not read, and ${fallback}`
        : null;
  }
}

/** For diagnostics: 'panorama (decided by system-info: model Panorama)'. Names and short facts only. */
export function decisionSummary(decision: ProductDecision): string {
  const list = (signs: ProductSign[]) => signs.map((sign) => `${sign.name}: ${sign.seen}`).join(', ');
  const by = decision.decidedBy.length > 0 ? ` by ${list(decision.decidedBy)}` : '';
  const against = decision.against.length > 0 ? `; against: ${list(decision.against)}` : '';
  return `${decision.product} (${decision.state}${by}${against})`;
}

/** The op command whose answer names the model (reference section 9). */
export const SYSTEM_INFO_COMMAND = '<show><system><info/></system></show>';

/** The `<model>` of a system info answer ('' when it has none). */
export function modelOfSystemInfo(result: Element | null): string {
  const model = result?.tagName === 'model' ? result : result?.getElementsByTagName('model')[0];
  return model?.textContent?.trim() ?? '';
}
