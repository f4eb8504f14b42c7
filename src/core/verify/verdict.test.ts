import { describe, expect, it } from 'vitest';
import type { ClaimCheck } from './check-claims.ts';
import { buildVerdict, claimRejection, type SignatureOutcome } from './verdict.ts';

const outcome = (kind: SignatureOutcome['kind']): SignatureOutcome => ({
  kind,
  summary: 'key "k" verified the RS256 signature.',
  reasons: [],
  warnings: [],
  error: undefined,
  selection: undefined,
  attempts: [],
  verifiedBy: undefined,
});
const check = (claim: ClaimCheck['claim'], status: ClaimCheck['status']): ClaimCheck => ({
  claim,
  status,
  message: '',
});

describe('claimRejection', () => {
  it('says a verified token with a failed claim check must still be rejected', () => {
    const verdict = buildVerdict(outcome('verified'), [check('exp', 'pass'), check('aud', 'fail')]);
    expect(claimRejection(verdict)).toBe(
      'The signature is genuine, but a verifier must still reject this token: its claim check on aud failed.',
    );
  });

  it('names every failed check', () => {
    const verdict = buildVerdict(outcome('verified'), [check('exp', 'fail'), check('aud', 'fail')]);
    expect(claimRejection(verdict)).toContain('its claim checks on exp, aud failed.');
  });

  it('says nothing when the claims pass or the signature itself failed', () => {
    expect(claimRejection(buildVerdict(outcome('verified'), [check('aud', 'pass')]))).toBe(
      undefined,
    );
    expect(claimRejection(buildVerdict(outcome('invalid-signature'), [check('aud', 'fail')]))).toBe(
      undefined,
    );
  });
});
