import { lazy, memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { decodeToken } from '../core/token/decode-token.ts';
import { Alert } from '../components/ui/alert.tsx';
import { CopyButton } from '../components/ui/copy-button.tsx';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { SummaryPanel as SummaryPanelView } from '../features/claims/components/summary-panel.tsx';
import {
  HeaderPane,
  PayloadPane,
  SignaturePane,
} from '../features/decoder/components/decoded-panes.tsx';
import { IdentityProviderErrorAlert } from '../features/decoder/components/identity-provider-error.tsx';
import { InputNotes } from '../features/decoder/components/input-notes.tsx';
import { TokenInput } from '../features/decoder/components/token-input.tsx';
import { useLocationToken } from '../features/decoder/hooks/use-location-token.ts';
import {
  ExamplesMenu,
  SampleNote,
  type PickedSample,
} from '../features/examples/components/examples-menu.tsx';
import { SharePanel as SharePanelView } from '../features/share/components/share-panel.tsx';
import { updateFragment } from '../lib/fragment.ts';
import { resetClockTolerance } from '../lib/clock-tolerance.ts';
import { LazySection } from './lazy-section.tsx';
import { ThemeSwitch } from './theme-switch.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

// Every section re-renders only when its own props change: not on each keystroke in a large
// token. The clock reaches only the elements that show a ticking time (lib/use-now.ts).
const SummaryPanel = memo(SummaryPanelView);
const SharePanel = memo(SharePanelView);

// Below the fold, and heavy (the claim registry, jose, the simulator): loaded after first paint.
const ClaimsTable = lazy(() =>
  import('../features/claims/components/claims-table.tsx').then((m) => ({
    default: memo(m.ClaimsTable),
  })),
);
const FindingsList = lazy(() =>
  import('../features/claims/components/findings-list.tsx').then((m) => ({
    default: memo(m.FindingsList),
  })),
);
const LifetimePanel = lazy(() =>
  import('../features/lifetime/components/lifetime-panel.tsx').then((m) => ({
    default: memo(m.LifetimePanel),
  })),
);
const VerificationSection = lazy(() =>
  import('./verification-section.tsx').then((m) => ({ default: memo(m.default) })),
);
const SimulatorPanel = lazy(() =>
  import('../features/simulator/components/simulator-panel.tsx').then((m) => ({
    default: memo(m.SimulatorPanel),
  })),
);

/** Up to this size (far beyond real tokens) decoding is not deferred. */
const SMALL_INPUT = 16 * 1024;

/** The browser skips layout of these sections while they are off screen. */
const OFFSCREEN = '[content-visibility:auto] [contain-intrinsic-size:auto_800px]';

const SECTIONS = [
  ['decoded', 'Decoded'],
  ['claims', 'Claims'],
  ['verification', 'Verify'],
  ['lifetime', 'Lifetime'],
  ['simulator', 'Simulator'],
] as const;

export function App() {
  // undefined until the user edits: until then the token comes from the URL.
  const [edited, setEdited] = useState<string | undefined>(undefined);
  const location = useLocationToken(setEdited);
  const [picked, setPicked] = useState<PickedSample>();
  // Bumped by Clear: remounts every panel so no pasted key or choice survives.
  const [generation, setGeneration] = useState(0);
  const input = edited ?? location.token ?? '';
  // Small tokens decode in the same render as the keystroke (one frame from paste to payload);
  // large ones are deferred so that typing stays responsive.
  const deferredInput = useDeferredValue(input);
  const decodeInput = input.length <= SMALL_INPUT ? input : deferredInput;
  const decoded = useMemo(() => decodeToken(decodeInput), [decodeInput]);
  // The sections below the decoded panes follow one render later, so a large token paints its
  // header and payload first instead of in one long task with everything else.
  const belowFold = useDeferredValue(decoded);

  const clear = useCallback(() => {
    setEdited('');
    setPicked(undefined);
    setGeneration((value) => value + 1);
    resetClockTolerance();
    // Everything goes: the token, a redirect's parameters, verification and simulator inputs.
    updateFragment((params) => {
      for (const name of [...params.keys()]) params.delete(name);
    });
    document.getElementById('token-input')?.focus();
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey && event.shiftKey && event.code === 'KeyX') {
        event.preventDefault();
        clear();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [clear]);

  const idpError = location.identityProviderError ?? decoded.input.identityProviderError;

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
          <nav aria-label="Sections" className="order-last w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1 text-sm">
              {SECTIONS.map(([id, label]) => (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    onClick={(event) => {
                      // In-page links must not replace the fragment that carries the token.
                      event.preventDefault();
                      const target = document.getElementById(id);
                      target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                      target?.focus({ preventScroll: true });
                    }}
                    className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                  >
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeSwitch />
        </div>
      </header>

      <main className="mx-auto max-w-[1600px] space-y-4 p-4">
        <div
          id="decoded"
          tabIndex={-1}
          className="grid scroll-mt-4 gap-4 focus:outline-none lg:grid-cols-2 lg:grid-rows-[auto_1fr]"
        >
          {/* Phones read token → summary and panes → findings and share; wide screens put
              the token, findings and share on the left and the decoded panes on the right. */}
          <div className="min-w-0 space-y-3 lg:col-start-1 lg:row-start-1">
            <div className="flex flex-wrap items-end gap-2">
              <label htmlFor="token-input" className="text-sm font-semibold">
                Token
              </label>
              <div className="flex-1" />
              {decoded.format !== 'empty' ? (
                <CopyButton
                  what="token"
                  text={() => decoded.input.token}
                  className="py-1 text-sm"
                />
              ) : null}
              <ExamplesMenu
                onPick={(next) => {
                  setPicked(next);
                  setEdited(next.signed.token);
                }}
              />
              <button
                type="button"
                onClick={clear}
                aria-keyshortcuts="Alt+Shift+X"
                title="Clear the token, the URL fragment and every panel (Alt+Shift+X)"
                className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                Clear
              </button>
            </div>
            <TokenInput value={input} onChange={setEdited} decoded={decoded} />
            {picked && picked.signed.token === input ? <SampleNote {...picked} /> : null}
            <p id="token-help" className="text-xs text-slate-600 dark:text-slate-400">
              Paste an ID or access token — with or without <code>Bearer</code>, quotes, an{' '}
              <code>Authorization:</code> header or a whole redirect URL. Decoding happens on this
              page; the token is never sent anywhere. Clear: Alt+Shift+X.
            </p>
            {location.moveFromQuery ? (
              <Alert tone="warning" title="The token arrived in the query string">
                <p>
                  Browsers send the query string to servers, which log it. Tokenscope moved the
                  token into the URL fragment, which stays in the browser. Ask your identity
                  provider for <code>response_mode=fragment</code>.
                </p>
              </Alert>
            ) : null}
            {idpError ? <IdentityProviderErrorAlert error={idpError} /> : null}
            <InputNotes decoded={decoded} />
          </div>

          <div className="min-w-0 space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
            <ErrorBoundary what="the summary">
              <SummaryPanel decoded={decoded} />
            </ErrorBoundary>
            <HeaderPane decoded={decoded} />
            <PayloadPane decoded={decoded} />
            <SignaturePane
              decoded={decoded}
              signatureRemovedBySender={location.signatureRemoved && location.token === input}
            />
          </div>

          <div className="min-w-0 space-y-3 self-start lg:col-start-1 lg:row-start-2">
            <LazySection what="the findings">
              <FindingsList decoded={belowFold} />
            </LazySection>
            <SharePanel key={generation} decoded={decoded} />
          </div>
        </div>

        <div id="claims" tabIndex={-1} className={`scroll-mt-4 focus:outline-none ${OFFSCREEN}`}>
          <LazySection what="the claims table">
            <ClaimsTable decoded={belowFold} />
          </LazySection>
        </div>

        <div className="grid gap-4 lg:grid-cols-2">
          <div id="verification" tabIndex={-1} className="min-w-0 scroll-mt-4 focus:outline-none">
            <LazySection what="signature verification">
              <VerificationSection key={generation} decoded={decoded} />
            </LazySection>
          </div>
          <div
            id="lifetime"
            tabIndex={-1}
            className={`min-w-0 scroll-mt-4 focus:outline-none ${OFFSCREEN}`}
          >
            <LazySection what="the lifetime timeline">
              <LifetimePanel decoded={belowFold} />
            </LazySection>
          </div>
        </div>

        <div id="simulator" tabIndex={-1} className={`scroll-mt-4 focus:outline-none ${OFFSCREEN}`}>
          <LazySection what="the sign-in frequency simulator">
            <SimulatorPanel key={generation} />
          </LazySection>
        </div>
      </main>

      <footer className="mx-auto max-w-[1600px] px-4 pt-2 pb-8 text-xs text-slate-600 dark:text-slate-400">
        Tokenscope decodes and verifies in this page. The only requests it makes are the key fetches
        you ask for; it stores nothing but your theme choice. Works offline after the first visit.
      </footer>
      <UpdatePrompt />
    </div>
  );
}
