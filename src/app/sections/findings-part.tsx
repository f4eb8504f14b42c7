import { memo } from 'react';
import type { DecodedToken } from '../../core/token/decode-token.ts';
import { FindingsList } from '../../features/claims/components/findings-list.tsx';

/** The security findings beside the token. */
export default memo(function FindingsPart({ decoded }: { decoded: DecodedToken }) {
  return <FindingsList decoded={decoded} />;
});
