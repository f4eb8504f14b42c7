import { QueryClientProvider } from '@tanstack/react-query';
import VerifyPanel, { type VerifyPanelProps } from '../features/verify/components/verify-panel.tsx';
import { createQueryClient } from '../lib/react-query.ts';

/**
 * One QueryClient for the page's lifetime, created with the first verification: the cached
 * discovery documents and key sets outlive token changes and Clear (they hold no secret), so
 * three tokens from one issuer fetch its keys once.
 */
const queryClient = createQueryClient();

/** The verifier with its query cache: one lazily loaded chunk, so jose and TanStack Query stay out of the first load. */
export default function VerificationSection(props: VerifyPanelProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <VerifyPanel {...props} />
    </QueryClientProvider>
  );
}
