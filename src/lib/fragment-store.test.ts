// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createFragmentStore } from './fragment-store.ts';

/** Puts the window at `path` without any event, as a page load would find it. */
function at(path: string): void {
  window.history.replaceState(null, '', path);
}

afterEach(() => at('/'));

describe('createFragmentStore', () => {
  it('reads the fragment', () => {
    at('/#token=a.b.c&sim.sif=60');
    const store = createFragmentStore(window);
    expect(store.getSnapshot().params.get('token')).toBe('a.b.c');
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('moves a token out of the query string at once, and remembers what moved', () => {
    at('/?id_token=a.b.c&state=s#sim.sif=60');
    const store = createFragmentStore(window);
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#sim.sif=60&id_token=a.b.c&state=s');
    expect(store.movedFromQuery).toEqual([
      ['id_token', 'a.b.c'],
      ['state', 's'],
    ]);
  });

  it('leaves an unrelated query string where it is', () => {
    at('/?utm=x#token=a');
    const store = createFragmentStore(window);
    expect(window.location.search).toBe('?utm=x');
    expect(store.movedFromQuery).toEqual([]);
  });

  it('tells every subscriber about its own writes, which fire no browser event', () => {
    at('/#token=a.b.c');
    const store = createFragmentStore(window);
    const seen: (string | null)[] = [];
    const stop = store.subscribe(() => seen.push(store.getSnapshot().params.get('verify.aud')));
    store.update((params) => params.set('verify.aud', 'api://x'));
    expect(window.location.hash).toBe('#token=a.b.c&verify.aud=api%3A%2F%2Fx');
    expect(seen).toEqual(['api://x']);
    // Unchanged: no write, no notification, the same snapshot.
    const before = store.getSnapshot();
    store.update((params) => params.set('verify.aud', 'api://x'));
    expect(seen).toHaveLength(1);
    expect(store.getSnapshot()).toBe(before);
    stop();
  });

  it('empties the fragment, leaving the address without a #', () => {
    at('/?utm=1#token=a&error=x');
    const store = createFragmentStore(window);
    store.update((params) => {
      for (const name of [...params.keys()]) params.delete(name);
    });
    expect(window.location.href).toBe(`${window.location.origin}/?utm=1`);
    expect([...store.getSnapshot().params]).toEqual([]);
  });

  it('counts navigations (a link opened in the tab, back and forward)', () => {
    at('/#token=a');
    const store = createFragmentStore(window);
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    at('/#token=b');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(calls).toBe(1);
    expect(store.getSnapshot().navigation).toBe(1);
    expect(store.getSnapshot().params.get('token')).toBe('b');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getSnapshot().navigation).toBe(2);
    stop();
    // Unsubscribed: the listeners are gone.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(calls).toBe(2);
  });
});
