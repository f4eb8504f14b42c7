import { memo } from 'react';
import { ClaimsTable } from '../../features/claims/components/claims-table.tsx';
import { useNow } from '../../lib/use-now.ts';
import type { SectionProps } from '../sections.ts';

/** The Claims table. */
export default memo(function ClaimsSection({ decoded }: SectionProps) {
  const now = useNow();
  return <ClaimsTable decoded={decoded} now={now} />;
});
