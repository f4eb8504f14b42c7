import { memo, useState } from 'react';
import { Alert } from '../components/ui/alert.tsx';
import { CopyButton } from '../components/ui/copy-button.tsx';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { SummaryPanel } from '../features/claims/components/summary-panel.tsx';
import {
  HeaderPane,
  PayloadPane,
  SignaturePane,
} from '../features/decoder/components/decoded-panes.tsx';
import { IdentityProviderErrorAlert } from '../features/decoder/components/identity-provider-error.tsx';
import { InputNotes } from '../features/decoder/components/input-notes.tsx';
import { TokenInput } from '../features/decoder/components/token-input.tsx';
import {
  ExamplesMenu,
  ExampleNote,
  type PickedExample,
} from '../features/examples/components/examples-menu.tsx';
import { SharePanel } from '../features/share/components/share-panel.tsx';
import { LazySection } from './lazy-section.tsx';
import { FINDINGS } from './sections.ts';
import { CLEAR_SHORTCUT } from './shortcuts.ts';
import type { TokenInput as TokenInputState } from './use-token-input.ts';

const Summary = memo(SummaryPanel);

interface DecodedSectionProps {
  token: TokenInputState;
  /** Bumped by Clear: remounts what holds choices, so none survives. */
  generation: number;
  onClear: () => void;
}

/** The token box and everything decoded from it: the first thing on the page, never lazy. */
export function DecodedSection({ token, generation, onClear }: DecodedSectionProps) {
  const { input, edit, decoded, belowFold, location } = token;
  const [picked, setPicked] = useState<PickedExample>();
  const idpError = location.identityProviderError ?? decoded.input.identityProviderError;
  const removedBySender =
    location.token === input
      ? location.signatureRemoved
        ? ('signature' as const)
        : location.encryptedPartsRemoved
          ? ('encrypted-parts' as const)
          : undefined
      : undefined;

  return (
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
            <CopyButton what="token" text={() => decoded.input.token} className="py-1 text-sm" />
          ) : null}
          <ExamplesMenu
            key={generation}
            onPick={(next) => {
              setPicked(next);
              edit(next.signed.token);
            }}
          />
          <button
            type="button"
            onClick={onClear}
            aria-keyshortcuts={CLEAR_SHORTCUT.keys}
            title={`Clear the token, the URL fragment and every panel (${CLEAR_SHORTCUT.keys})`}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Clear
          </button>
        </div>
        <TokenInput value={input} onChange={edit} decoded={decoded} />
        {/* Shown only while the box holds the example it is about. */}
        {picked && picked.signed.token === input ? <ExampleNote {...picked} /> : null}
        <p id="token-help" className="text-xs text-slate-600 dark:text-slate-400">
          Paste an ID or access token — with or without <code>Bearer</code>, quotes, an{' '}
          <code>Authorization:</code> header or a whole redirect URL. Decoding happens on this page;
          the token is never sent anywhere. Clear: {CLEAR_SHORTCUT.keys}.
        </p>
        {location.arrivedInQuery ? (
          <Alert
            tone="warning"
            title={`The ${location.token === undefined ? "identity provider's response" : 'token'} arrived in the query string`}
          >
            <p>
              Browsers send the query string to servers, which log it. Tokenscope moved it into the
              URL fragment, which stays in the browser. Ask your identity provider for{' '}
              <code>response_mode=fragment</code>.
            </p>
          </Alert>
        ) : null}
        {idpError ? <IdentityProviderErrorAlert error={idpError} /> : null}
        <InputNotes decoded={decoded} />
      </div>

      <div className="min-w-0 space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <ErrorBoundary what="the summary" resetKeys={[decoded]}>
          <Summary decoded={decoded} />
        </ErrorBoundary>
        <HeaderPane decoded={decoded} />
        <PayloadPane decoded={decoded} />
        <SignaturePane decoded={decoded} removedBySender={removedBySender} />
      </div>

      <div className="min-w-0 space-y-3 self-start lg:col-start-1 lg:row-start-2">
        <LazySection
          part={FINDINGS}
          props={{ decoded: belowFold }}
          what="the findings"
          resetKeys={[belowFold]}
        />
        <ErrorBoundary what="the share panel" resetKeys={[decoded]}>
          <SharePanel key={generation} decoded={decoded} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
