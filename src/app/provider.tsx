import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';

/**
 * App-wide providers. TanStack Query's provider is not here on purpose: only key fetching uses
 * it, so it loads with the verification section (see verification-section.tsx) and stays out
 * of the first load.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  return <ErrorBoundary>{children}</ErrorBoundary>;
}
