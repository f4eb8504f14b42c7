import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { decodeToken } from '../core/token/decode-token.ts';
import { TOKEN_PARAMETERS } from '../core/token/normalize-input.ts';
import { Alert } from '../components/ui/alert.tsx';
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
import { SharePanel } from '../features/share/components/share-panel.tsx';
import { updateFragment } from '../lib/fragment.ts';
import { useNow } from '../lib/use-now.ts';
import { ThemeSwitch } from './theme-switch.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

export function App() {
  // undefined until the user edits: until then the token comes from the URL.
  const [edited, setEdited] = useState<string | undefined>(undefined);
  const location = useLocationToken(setEdited);
  const [picked, setPicked] = useState<PickedSample>();
  const input = edited ?? location.token ?? '';
  const deferredInput = useDeferredValue(input);
  const decoded = useMemo(() => decodeToken(deferredInput), [deferredInput]);
  const now = useNow();

  const clear = useCallback(() => {
    setEdited('');
    updateFragment((params) => {
      for (const name of [
        ...TOKEN_PARAMETERS,
        'error',
        'error_description',
        'error_uri',
        'state',
      ]) {
        params.delete(name);
      }
    });
    document.getElementById('token-input')?.focus();
  }, []);

  const idpError = location.identityProviderError ?? decoded.input.identityProviderError;

  return (
    <div className="min-h-screen">
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
          <ThemeSwitch />
        </div>
      </header>

      <main className="mx-auto grid max-w-[1600px] gap-4 p-4 lg:grid-cols-2">
        <div className="min-w-0 space-y-3">
          <div className="flex items-end justify-between gap-2">
            <label htmlFor="token-input" className="text-sm font-semibold">
              Token
            </label>
            <div className="flex-1" />
            <ExamplesMenu
              onPick={(next) => {
                setPicked(next);
                setEdited(next.signed.token);
              }}
            />
            <button
              type="button"
              onClick={clear}
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
            page; the token is never sent anywhere.
          </p>
          {location.moveFromQuery ? (
            <Alert tone="warning" title="The token arrived in the query string">
              <p>
                Browsers send the query string to servers, which log it. Tokenscope moved the token
                into the URL fragment, which stays in the browser. Ask your identity provider for{' '}
                <code>response_mode=fragment</code>.
              </p>
            </Alert>
          ) : null}
          {idpError ? <IdentityProviderErrorAlert error={idpError} /> : null}
          <InputNotes decoded={decoded} />
          <SharePanel decoded={decoded} now={now} />
        </div>

        <div className="min-w-0 space-y-4">
          <HeaderPane decoded={decoded} />
          <PayloadPane decoded={decoded} />
          <SignaturePane
            decoded={decoded}
            signatureRemovedBySender={location.signatureRemoved && location.token === input}
          />
        </div>
      </main>
      <UpdatePrompt />
    </div>
  );
}
