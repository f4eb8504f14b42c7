import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

const DAY = 24 * 60 * 60 * 1000;

/** One configuration for every query: key material changes rarely and is refreshed daily. */
export const queryConfig = {
  queries: {
    staleTime: DAY,
    gcTime: DAY,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}
