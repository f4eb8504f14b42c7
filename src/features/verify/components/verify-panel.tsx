import { useMemo, useState } from 'react';
import { useFragmentState } from '../../../lib/use-fragment-state.ts';
import { useClockToleranceText } from '../../../lib/clock-tolerance.ts';
import { useTimeClaimsNow } from '../../../lib/use-time-claims-now.ts';
import { Panel } from '../../../components/ui/panel.tsx';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { isJsonObject } from '../../../core/token/parse-json.ts';
import { readClockTolerance } from '../../../core/time/clock-tolerance.ts';
import { parseKeys, type SecretEncoding } from '../../../core/verify/parse-keys.ts';
import { useDiscoveryUrl } from '../hooks/use-discovery-url.ts';
import { useIssuerKeys } from '../hooks/use-issuer-keys.ts';
import { useRotationRefetch } from '../hooks/use-rotation-refetch.ts';
import { useVerdict } from '../hooks/use-verdict.ts';
import { AppIdRetryOffer } from './app-id-retry.tsx';
import { ClaimCheckOptions } from './claim-check-options.tsx';
import { IssuerKeysSection } from './issuer-keys-section.tsx';
import { KeySelectionView } from './key-selection-view.tsx';
import { PastedKeysField } from './pasted-keys-field.tsx';
import { VerdictView } from './verdict-view.tsx';

export interface VerifyPanelProps {
  decoded: DecodedToken;
}

/**
 * Signature verification: keys from the issuer (discovery + JWKS, fetched only on request) or
 * pasted, the verdict, how the key was chosen, and the claim checks. Key material lives in
 * this component's state only: never in the URL, storage or a query key.
 */
export function VerifyPanel({ decoded }: VerifyPanelProps) {
  const claims =
    decoded.payload?.type === 'json' && isJsonObject(decoded.payload.value)
      ? decoded.payload.value
      : undefined;
  const iss = typeof claims?.iss === 'string' ? claims.iss : '';

  const discoveryUrl = useDiscoveryUrl(iss);
  const [autoFetch, setAutoFetch] = useState(false);
  // A link or a typed address is never fetched on its own: only the one iss names.
  const derivedUrl = discoveryUrl.derived.ok ? discoveryUrl.derived.url : '';
  const issuerKeys = useIssuerKeys(
    discoveryUrl.url.trim(),
    autoFetch && discoveryUrl.url.trim() === derivedUrl,
  );

  const [keysText, setKeysText] = useState('');
  const [secretEncoding, setSecretEncoding] = useState<SecretEncoding>('utf8');
  const parsed = useMemo(
    () => (keysText.trim() === '' ? undefined : parseKeys(keysText, secretEncoding)),
    [keysText, secretEncoding],
  );

  const [expectedAudience, setExpectedAudience] = useFragmentState('verify.aud');
  // One tolerance for the page: Summary and Lifetime read what is typed here.
  const [toleranceText, setToleranceText] = useClockToleranceText();
  const tolerance = readClockTolerance(toleranceText);
  // Moves only when exp/nbf cross a tolerance edge: the checks name instants, not countdowns.
  const now = useTimeClaimsNow(decoded, tolerance.seconds);

  const usingPasted = parsed !== undefined;
  const keySet = usingPasted ? (parsed.ok ? parsed.keySet : undefined) : issuerKeys.jwks.data;
  const discoveryDocument = issuerKeys.discovery.data;
  const url = discoveryUrl.url.trim();
  const { source } = discoveryUrl;
  const discovery = useMemo(
    () => (discoveryDocument ? { url, source, document: discoveryDocument } : undefined),
    [discoveryDocument, url, source],
  );
  const verdict = useVerdict({
    decoded,
    keySet,
    keyProblem: parsed?.ok === false ? parsed.error : undefined,
    fetchProblem: usingPasted ? undefined : (issuerKeys.error ?? undefined),
    discovery,
    now,
    clockToleranceSeconds: tolerance.seconds,
    expectedAudience,
  });
  const missingKid = !usingPasted && keySet ? verdict?.selection?.missingKid : undefined;
  const header = decoded.header?.value;
  const rotation = useRotationRefetch(
    usingPasted ? undefined : issuerKeys.jwksUri,
    missingKid,
    typeof header?.kid === 'string' ? header.kid : undefined,
  );

  return (
    <Panel title="Signature verification">
      <div className="space-y-5">
        <VerdictView verdict={verdict} candidateCount={keySet?.keys.length ?? 0} />
        <AppIdRetryOffer
          retry={verdict?.appIdRetry}
          onRetry={(url) => {
            discoveryUrl.chooseFromToken(url);
            issuerKeys.fetchKeys(url);
          }}
        />
        <KeySelectionView outcome={verdict} header={header} />
        <IssuerKeysSection
          discoveryUrl={discoveryUrl.url}
          onDiscoveryUrlChange={discoveryUrl.type}
          source={discoveryUrl.source}
          onUseDerivedUrl={
            derivedUrl !== '' && discoveryUrl.url !== derivedUrl
              ? () => discoveryUrl.chooseFromToken(derivedUrl)
              : undefined
          }
          derivationProblem={
            discoveryUrl.derived.ok ? undefined : discoveryUrl.derived.error.message
          }
          autoFetch={autoFetch}
          onAutoFetchChange={setAutoFetch}
          issuerKeys={issuerKeys}
          rotation={rotation}
          tokenKid={typeof header?.kid === 'string' ? header.kid : undefined}
          stillMissing={missingKid !== undefined}
          overriddenByPastedKeys={usingPasted}
        />
        <PastedKeysField
          text={keysText}
          onTextChange={setKeysText}
          secretEncoding={secretEncoding}
          onSecretEncodingChange={setSecretEncoding}
          parsed={parsed}
        />
        <ClaimCheckOptions
          expectedAudience={expectedAudience}
          onExpectedAudienceChange={setExpectedAudience}
          toleranceText={toleranceText}
          onToleranceTextChange={setToleranceText}
          toleranceError={tolerance.error}
        />
      </div>
    </Panel>
  );
}

/** Default export so the app can load the panel, and jose with it, as a lazy chunk. */
export default VerifyPanel;
