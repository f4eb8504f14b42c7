import { memo } from 'react';
import { SimulatorPanel } from '../../features/simulator/components/simulator-panel.tsx';

/** The sign-in frequency simulator: independent of the token. */
export default memo(function SimulatorSection() {
  return <SimulatorPanel />;
});
