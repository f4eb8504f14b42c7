import { memo } from 'react';
import { LifetimePanel } from '../../features/lifetime/components/lifetime-panel.tsx';
import type { SectionProps } from '../sections.ts';

/** The token's lifetime on a timeline. */
export default memo(function LifetimeSection({ decoded }: SectionProps) {
  return <LifetimePanel decoded={decoded} />;
});
