import { useCallback, useMemo, useState } from 'react';
import { resetClockTolerance } from '../lib/clock-tolerance.ts';
import { DecodedSection } from './decoded-section.tsx';
import { LazySection } from './lazy-section.tsx';
import { SectionNav, type NavEntry } from './section-nav.tsx';
import { SECTIONS, type SectionDefinition, type SectionProps } from './sections.ts';
import { CLEAR_SHORTCUT, useShortcut } from './shortcuts.ts';
import { ThemeSwitch } from './theme-switch.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { useTokenInput } from './use-token-input.ts';

/** The browser skips layout of deferred sections while they are off screen. */
const OFFSCREEN = '[content-visibility:auto] [contain-intrinsic-size:auto_800px]';

const NAV: readonly NavEntry[] = [{ id: 'decoded', label: 'Decoded' }, ...SECTIONS];

export function App() {
  const token = useTokenInput();
  const { edit, clear: clearInput, decoded, belowFold } = token;
  // Bumped by Clear: remounts every panel so no pasted key or choice survives.
  const [generation, setGeneration] = useState(0);

  const clear = useCallback(() => {
    clearInput();
    resetClockTolerance();
    setGeneration((value) => value + 1);
    document.getElementById('token-input')?.focus();
  }, [clearInput]);
  useShortcut(CLEAR_SHORTCUT, clear);

  const current: SectionProps = useMemo(() => ({ decoded, openToken: edit }), [decoded, edit]);
  const deferred: SectionProps = useMemo(
    () => ({ decoded: belowFold, openToken: edit }),
    [belowFold, edit],
  );

  return (
    <div className="min-h-screen">
      <a
        href="#token-input"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to the token
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-[1600px] flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <div>
              <h1 className="text-lg leading-tight font-bold">Tokenscope</h1>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Decode, explain and verify JWTs. Nothing leaves your browser.
              </p>
            </div>
          </div>
          <SectionNav entries={NAV} />
          <ThemeSwitch />
        </div>
      </header>

      <main className="mx-auto max-w-[1600px] space-y-4 p-4">
        <DecodedSection token={token} generation={generation} onClear={clear} />
        {rows(SECTIONS).map((row) => {
          const sections = row.map((section) => (
            <LazySection
              key={`${section.id}-${generation}`}
              id={section.id}
              part={section.part}
              props={section.deferred ? deferred : current}
              what={section.what}
              resetKeys={[section.deferred ? belowFold : decoded]}
              className={`min-w-0 scroll-mt-4 focus:outline-none ${section.deferred ? OFFSCREEN : ''}`}
            />
          ));
          return row.length > 1 ? (
            <div key={row[0]!.id} className="grid gap-4 lg:grid-cols-2">
              {sections}
            </div>
          ) : (
            sections
          );
        })}
      </main>

      <footer className="mx-auto max-w-[1600px] px-4 pt-2 pb-8 text-xs text-slate-600 dark:text-slate-400">
        Tokenscope decodes and verifies in this page. The only requests it makes are the key fetches
        you ask for; it stores nothing but your theme choice. Works offline after the first visit.
      </footer>
      <UpdatePrompt />
    </div>
  );
}

/** Full-width sections stand alone; consecutive half-width ones pair up. */
function rows(sections: readonly SectionDefinition[]): SectionDefinition[][] {
  const result: SectionDefinition[][] = [];
  for (const section of sections) {
    const last = result[result.length - 1];
    if (section.width === 'half' && last?.length === 1 && last[0]!.width === 'half')
      last.push(section);
    else result.push([section]);
  }
  return result;
}
