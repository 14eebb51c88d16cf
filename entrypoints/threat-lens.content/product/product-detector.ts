// Panorama or firewall, for one tab: a decision remembered for the origin is used as it is;
// otherwise signs are gathered as they come (page flag and hash at once, the grid when it is
// read, the XML API only when no strong sign has decided by the time the config is needed),
// and the first decision a strong sign makes is kept for the page and remembered.

import {
  type DecisionState,
  decideProduct,
  type Product,
  type ProductDecision,
  type ProductSign,
  undecidedNote,
} from '../../../lib/panos/product-signs';
import type { RememberedProduct } from '../../../lib/storage/product-memory';

export interface ProductStatus {
  product: Product | 'unknown';
  state: DecisionState;
  /** Which signs decided, e.g. 'system-info: model Panorama' (names and short facts only). */
  decidedBy: string[];
  /** Signs that said otherwise. */
  against: string[];
  /** Decided by what an earlier page remembered for this origin. */
  remembered: boolean;
  /** In words, when the product is not known. */
  note: string | null;
}

export interface ProductDetector {
  status(): ProductStatus;
  product(): Product | 'unknown';
  /** Signs read from the page (hash, grid); a strong one against the decision makes it a disagreement. */
  note(signs: readonly (ProductSign | null)[]): void;
  /** Reads the XML API's signs once, when nothing strong has decided; resolves to the product. */
  settle(signal?: AbortSignal): Promise<Product | 'unknown'>;
}

const signText = (sign: ProductSign) => `${sign.name}: ${sign.seen}`;

function rememberedSign(remembered: RememberedProduct | null): ProductSign | null {
  if (!remembered) return null;
  const seen = remembered.decidedBy.join(', ') || remembered.product;
  return { name: 'remembered', says: remembered.product, strong: true, seen };
}

export function createProductDetector(opts: {
  remembered: RememberedProduct | null;
  /** Signs known at once (page flag, hash location). */
  initialSigns?: readonly (ProductSign | null)[];
  /** The XML API's signs (system info model, else the config); [] when it cannot be read. */
  readApiSigns(signal?: AbortSignal): Promise<ProductSign[]>;
  remember?(decision: RememberedProduct): void;
  onChange?(): void;
}): ProductDetector {
  const signs = new Map<string, ProductSign>();
  const fromMemory = rememberedSign(opts.remembered);
  if (fromMemory) signs.set(fromMemory.name, fromMemory);
  let decision: ProductDecision = decideProduct([...signs.values()]);
  let rememberedNow: Product | null = opts.remembered?.product ?? null;
  let apiRead: Promise<void> | null = null;
  let apiAsked = false;

  const decidedStrongly = () =>
    decision.state === 'decided' && decision.decidedBy.some((sign) => sign.strong);

  function current(): ProductStatus {
    return {
      product: decision.product,
      state: decision.state,
      decidedBy: decision.decidedBy.map(signText),
      against: decision.against.map(signText),
      remembered: decision.decidedBy.some((sign) => sign.name === 'remembered'),
      note: undecidedNote(decision, apiAsked),
    };
  }

  function note(more: readonly (ProductSign | null)[], quiet = false) {
    for (const sign of more) if (sign) signs.set(sign.name, sign);
    // What this page shows outweighs an earlier visit: a strong sign against memory retires it.
    const memory = signs.get('remembered');
    if (memory && more.some((sign) => sign?.strong && sign.says !== memory.says)) signs.delete('remembered');
    decision = decideProduct([...signs.values()]);
    const own = decision.decidedBy.filter((sign) => sign.strong && sign.name !== 'remembered');
    if (decidedStrongly() && own.length > 0 && rememberedNow !== decision.product) {
      rememberedNow = decision.product as Product;
      opts.remember?.({ product: rememberedNow, decidedBy: own.map(signText) });
    }
    if (!quiet) opts.onChange?.();
  }

  note(opts.initialSigns ?? [], true);

  return {
    status: current,
    product: () => decision.product,
    note: (more) => note(more),
    async settle(signal) {
      if (!decidedStrongly()) {
        apiRead ??= opts
          .readApiSigns(signal)
          .catch(() => [])
          .then((read) => {
            // Cut short by navigation: ask again next time rather than decide on nothing.
            if (signal?.aborted) apiRead = null;
            else {
              apiAsked = true;
              note(read);
            }
          });
        await apiRead;
      }
      return decision.product;
    },
  };
}
