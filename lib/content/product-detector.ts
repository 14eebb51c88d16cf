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
} from '../panos/product-signs';
import type { RememberedProduct } from '../product-memory';

export interface ProductStatus {
  product: Product | 'unknown';
  state: DecisionState;
  /** Which signs decided, e.g. 'system-info: model Panorama' (names and short facts only). */
  decidedBy: string[];
  /** Signs that said otherwise. */
  against: string[];
  /** Taken from what an earlier page decided for this origin. */
  remembered: boolean;
  /** In words, when the product is not known. */
  note: string | null;
}

export interface ProductDetector {
  status(): ProductStatus;
  product(): Product | 'unknown';
  /** Signs read from the page (hash, grid). */
  note(signs: readonly (ProductSign | null)[]): void;
  /** Reads the XML API's signs once, when nothing strong has decided; resolves to the product. */
  settle(signal?: AbortSignal): Promise<Product | 'unknown'>;
}

const signText = (sign: ProductSign) => `${sign.name}: ${sign.seen}`;

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
  let decision: ProductDecision = decideProduct([]);
  let fixed: ProductStatus | null = opts.remembered
    ? {
        product: opts.remembered.product,
        state: 'decided',
        decidedBy: opts.remembered.decidedBy,
        against: [],
        remembered: true,
        note: null,
      }
    : null;
  let apiRead: Promise<void> | null = null;

  function current(): ProductStatus {
    if (fixed) return fixed;
    return {
      product: decision.product,
      state: decision.state,
      decidedBy: decision.decidedBy.map(signText),
      against: decision.against.map(signText),
      remembered: false,
      note: undecidedNote(decision),
    };
  }

  function note(more: readonly (ProductSign | null)[], quiet = false) {
    if (fixed) return;
    for (const sign of more) if (sign) signs.set(sign.name, sign);
    decision = decideProduct([...signs.values()]);
    if (decision.state === 'decided' && decision.decidedBy.some((sign) => sign.strong)) {
      fixed = current();
      opts.remember?.({ product: fixed.product as Product, decidedBy: fixed.decidedBy });
    }
    if (!quiet) opts.onChange?.();
  }

  note(opts.initialSigns ?? [], true);

  return {
    status: current,
    product: () => current().product,
    note: (more) => note(more),
    async settle(signal) {
      if (!fixed) {
        apiRead ??= opts
          .readApiSigns(signal)
          .catch(() => [])
          .then((read) => {
            // Cut short by navigation: ask again next time rather than decide on nothing.
            if (signal?.aborted) apiRead = null;
            else note(read);
          });
        await apiRead;
      }
      return current().product;
    },
  };
}
