import { memo } from 'react';
import { ClaimsTable } from '../../features/claims/components/claims-table.tsx';
import type { SectionProps } from '../sections.ts';

/** The Claims table. */
export default memo(function ClaimsSection({ decoded }: SectionProps) {
  return <ClaimsTable decoded={decoded} />;
});
