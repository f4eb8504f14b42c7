import { memo } from 'react';
import { LifetimePanel } from '../../features/lifetime/components/lifetime-panel.tsx';
import { useNow } from '../../lib/use-now.ts';
import type { SectionProps } from '../sections.ts';

/** The token's lifetime on a timeline. */
export default memo(function LifetimeSection({ decoded }: SectionProps) {
  const now = useNow();
  return <LifetimePanel decoded={decoded} now={now} />;
});
