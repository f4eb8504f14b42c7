import { memo } from 'react';
import type { DecodedToken } from '../../core/token/decode-token.ts';
import { FindingsList } from '../../features/claims/components/findings-list.tsx';
import { useNow } from '../../lib/use-now.ts';

/** The security findings beside the token. */
export default memo(function FindingsPart({ decoded }: { decoded: DecodedToken }) {
  const now = useNow();
  return <FindingsList decoded={decoded} now={now} />;
});
