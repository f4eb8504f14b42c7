import { useEffect, useMemo, useState } from 'react';
import type { SignatureOutcome, Verdict } from '../../../core/verify/verdict.ts';
import {
  immediateOutcome,
  verifySignature,
  type SignatureInput,
} from '../../../core/verify/verify-signature.ts';
import { assembleVerdict, type VerifyTokenInput } from '../../../core/verify/verify-token.ts';

interface Settled {
  input: SignatureInput;
  outcome: SignatureOutcome;
}

/**
 * The verdict for the current token, keys and claim options: core's verifyToken, run in two
 * steps so nothing waits. Outcomes that need no cryptography are computed during render; Web
 * Crypto runs in an effect, and its outcome is used only for the exact inputs it was computed
 * from, so a slow check never labels a newer token. assembleVerdict adds the claim checks on
 * every render, so the clock moving never repeats the cryptography.
 */
export function useVerdict(input: VerifyTokenInput): Verdict | undefined {
  const { decoded, keySet, keyProblem, fetchProblem, discovery, importKey } = input;
  const signatureInput = useMemo<SignatureInput>(
    () => ({ decoded, keySet, keyProblem, fetchProblem, discovery, importKey }),
    [decoded, keySet, keyProblem, fetchProblem, discovery, importKey],
  );
  const immediate = useMemo(() => immediateOutcome(signatureInput), [signatureInput]);
  const [settled, setSettled] = useState<Settled>();

  useEffect(() => {
    if (immediate) return undefined;
    let current = true;
    void verifySignature(signatureInput).then((outcome) => {
      if (current) setSettled({ input: signatureInput, outcome });
    });
    return () => {
      current = false;
    };
  }, [signatureInput, immediate]);

  const outcome = immediate ?? (settled?.input === signatureInput ? settled.outcome : undefined);
  const { now, clockToleranceSeconds, expectedAudience } = input;
  return useMemo(
    () =>
      outcome &&
      assembleVerdict(outcome, { ...signatureInput, now, clockToleranceSeconds, expectedAudience }),
    [outcome, signatureInput, now, clockToleranceSeconds, expectedAudience],
  );
}
