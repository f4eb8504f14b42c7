import type { ComponentType } from 'react';
import type { DecodedToken } from '../core/token/decode-token.ts';
import { lazyComponent, type LazyComponent } from '../lib/lazy-component.ts';

/**
 * What every section below the decoded panes gets. A section that needs more (the clock, the
 * fragment, a query client) takes it itself, from a store or its own provider.
 */
export interface SectionProps {
  /** The decoded input; one render behind the panes when the section is `deferred`. */
  decoded: DecodedToken;
  /** Puts a token into the token box, as a paste would (a sign-in, the encoder…). */
  openToken: (token: string) => void;
}

export interface SectionDefinition {
  /** The element id, and the nav entry's `#id`. */
  id: string;
  /** The nav entry. */
  label: string;
  /** For "Loading the claims table…" and failure messages. */
  what: string;
  /** The section's code, fetched on use (see lazy-section.tsx): never with the first load. */
  part: LazyComponent<SectionProps>;
  /** Full width, or half (two halves in a row share it on wide screens). */
  width: 'full' | 'half';
  /**
   * Heavy to render for a large token: it follows the decoded panes one render later, and the
   * browser skips its layout while it is off screen.
   */
  deferred: boolean;
}

/** A section module's default export is its component. */
function section(load: () => Promise<{ default: ComponentType<SectionProps> }>) {
  return lazyComponent<SectionProps>(() => load().then((module) => module.default));
}

/**
 * The page's sections after the decoded token, in page order; each gets its nav entry. Adding
 * a section is one entry here and one module in ./sections/.
 */
export const SECTIONS: readonly SectionDefinition[] = [
  {
    id: 'claims',
    label: 'Claims',
    what: 'the claims table',
    part: section(() => import('./sections/claims-section.tsx')),
    width: 'full',
    deferred: true,
  },
  {
    id: 'verification',
    label: 'Verify',
    what: 'signature verification',
    part: section(() => import('./sections/verify-section.tsx')),
    width: 'half',
    deferred: false,
  },
  {
    id: 'lifetime',
    label: 'Lifetime',
    what: 'the lifetime timeline',
    part: section(() => import('./sections/lifetime-section.tsx')),
    width: 'half',
    deferred: true,
  },
  {
    id: 'simulator',
    label: 'Simulator',
    what: 'the sign-in frequency simulator',
    part: section(() => import('./sections/simulator-section.tsx')),
    width: 'full',
    deferred: true,
  },
];

/** Findings sit beside the token rather than in a section of their own, but load the same way. */
export const FINDINGS = lazyComponent<{ decoded: DecodedToken }>(() =>
  import('./sections/findings-part.tsx').then((module) => module.default),
);
