import { useEffect, useMemo, useState } from 'react';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import type { SignatureOutcome } from '../../../core/verify/verdict.ts';
import type { KeySet } from '../../../core/verify/verification-key.ts';
import type { KeyError } from '../../../core/verify/verify-errors.ts';
import { immediateOutcome, verifySignature } from '../../../core/verify/verify-signature.ts';

interface Settled {
  decoded: DecodedToken;
  keySet: KeySet | undefined;
  outcome: SignatureOutcome;
}

/**
 * The signature outcome for the current token and keys. Outcomes that need no cryptography
 * are computed during render; Web Crypto runs in an effect, and a result is used only for the
 * inputs it was computed from, so a slow check never labels a newer token.
 */
export function useSignatureOutcome(
  decoded: DecodedToken,
  keySet: KeySet | undefined,
  keyProblem: KeyError | undefined,
): SignatureOutcome | undefined {
  const immediate = useMemo(
    () => immediateOutcome({ decoded, keySet, keyProblem }),
    [decoded, keySet, keyProblem],
  );
  const [settled, setSettled] = useState<Settled>();

  useEffect(() => {
    if (immediate) return undefined;
    let current = true;
    void verifySignature({ decoded, keySet }).then((outcome) => {
      if (current) setSettled({ decoded, keySet, outcome });
    });
    return () => {
      current = false;
    };
  }, [decoded, keySet, immediate]);

  if (immediate) return immediate;
  return settled && settled.decoded === decoded && settled.keySet === keySet
    ? settled.outcome
    : undefined;
}
