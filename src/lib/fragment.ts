import { createContext, use } from 'react';
import { createFragmentStore, type FragmentStore } from './fragment-store.ts';

let pageStore: FragmentStore | undefined;

/** The page's fragment store, created on first use (which also moves a query-string token). */
export function pageFragmentStore(): FragmentStore {
  pageStore ??= createFragmentStore(window);
  return pageStore;
}

/** Tests provide their own store; the page uses its one store. */
export const FragmentStoreContext = createContext<FragmentStore | undefined>(undefined);

export function useFragmentStore(): FragmentStore {
  return use(FragmentStoreContext) ?? pageFragmentStore();
}
