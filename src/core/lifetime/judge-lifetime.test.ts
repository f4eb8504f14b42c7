import { describe, expect, it } from 'vitest';
import { findFindings } from '../claims/find-findings.ts';
import { detectTokenKind } from '../claims/token-kind.ts';
import {
  decodeParts,
  TEST_NOW,
  TEST_NOW_SECONDS,
  V2_ACCESS_PAYLOAD,
  V2_HEADER,
  V2_ID_TOKEN_PAYLOAD,
} from '../claims/test-tokens.ts';
import { buildTokenTimeline } from './token-timeline.ts';

const HOUR = 3600;

/** What Lifetime states about the token's lifetime, and what Findings say about it. */
function judged(payload: Record<string, unknown>) {
  const decoded = decodeParts(V2_HEADER, payload);
  const timeline = buildTokenTimeline(
    payload as never,
    {
      now: TEST_NOW,
      clockToleranceSeconds: 300,
      kind: detectTokenKind(decoded),
    } as never,
  );
  const finding = findFindings(decoded).find((entry) => entry.id === 'long-lifetime');
  return { lifetime: timeline?.lifetime?.text, finding: finding?.advice };
}

const lasting = (payload: object, seconds: number) => ({
  ...payload,
  iat: TEST_NOW_SECONDS,
  nbf: TEST_NOW_SECONDS,
  exp: TEST_NOW_SECONDS + seconds,
});

describe('one lifetime judgement for Lifetime and Findings', () => {
  it('compares a Microsoft access token with the access-token defaults', () => {
    expect(judged(lasting(V2_ACCESS_PAYLOAD, 75 * 60))).toEqual({
      lifetime: '75 min — inside the default 60–90 min variation of Microsoft access tokens',
      finding: undefined,
    });
  });

  it('does not compare an ID token with access-token defaults, and says what its lifetime means', () => {
    expect(judged(lasting(V2_ID_TOKEN_PAYLOAD, 75 * 60))).toEqual({
      lifetime:
        "75 min — an ID token: exp says until when the client may accept it as proof of the sign-in. It is not renewed like an access token, and the user's session can outlast it; the access-token defaults do not apply.",
      finding: undefined,
    });
  });

  it('does not compare a non-Microsoft token with Microsoft defaults', () => {
    const payload = lasting({ iss: 'https://issuer.example/', sub: 'a', scope: 'read' }, 75 * 60);
    expect(judged(payload).lifetime).toBe(
      '75 min — not a Microsoft access token, so the Microsoft lifetime defaults do not apply',
    );
  });

  it('calls a 26 h token from a CAE-capable client CAE long-lived, with no finding', () => {
    expect(judged(lasting({ ...V2_ACCESS_PAYLOAD, xms_cc: ['cp1'] }, 26 * HOUR))).toEqual({
      lifetime:
        '26 h — a CAE long-lived token (20–28 h): its client declared CAE support (xms_cc cp1)',
      finding: undefined,
    });
  });

  it('says the same in Lifetime and Findings about a 26 h token without cp1', () => {
    const reason =
      'longer than a configurable lifetime allows (1 day); 20–28 h is the CAE long-lived range, but this client did not declare CAE support (no cp1 in xms_cc)';
    expect(judged(lasting(V2_ACCESS_PAYLOAD, 26 * HOUR))).toEqual({
      lifetime: `26 h — ${reason}`,
      finding: `The token is valid for 26 h from nbf to exp: ${reason}. A stolen token stays useful all that time.`,
    });
  });
});
