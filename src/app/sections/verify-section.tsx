import { memo } from 'react';
import VerificationSection from '../verification-section.tsx';
import type { SectionProps } from '../sections.ts';

/** Signature verification, with its own query cache (see verification-section.tsx). */
export default memo(function VerifySection({ decoded }: SectionProps) {
  return <VerificationSection decoded={decoded} />;
});
