import { useEffect } from 'react';

/** A page-wide keyboard shortcut, described once for the listener and for aria-keyshortcuts. */
export interface Shortcut {
  /** As `aria-keyshortcuts` and the page's help text write it. */
  keys: string;
  /** `KeyboardEvent.code`: the physical key, whatever the layout types with Alt held. */
  code: string;
  alt: boolean;
  shift: boolean;
}

/** Clears the token, the URL fragment and every panel. */
export const CLEAR_SHORTCUT: Shortcut = {
  keys: 'Alt+Shift+X',
  code: 'KeyX',
  alt: true,
  shift: true,
};

function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === shortcut.alt &&
    event.shiftKey === shortcut.shift &&
    !event.ctrlKey &&
    !event.metaKey
  );
}

/** Runs `run` whenever the shortcut is pressed anywhere on the page. */
export function useShortcut(shortcut: Shortcut, run: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!matches(shortcut, event)) return;
      event.preventDefault();
      run();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcut, run]);
}
