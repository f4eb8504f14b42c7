import { useEffect, useId, useRef, useState } from 'react';
import { buildExampleTokens, type ExampleToken } from '../../../core/examples/example-tokens.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { epochSeconds } from '../../../lib/clock.ts';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import type { SignedExample } from '../sign-example.ts';

export interface PickedExample {
  example: ExampleToken;
  signed: SignedExample;
}

interface ExamplesMenuProps {
  onPick: (picked: PickedExample) => void;
}

/** The menu needs only ids and labels, which do not depend on the time. */
const MENU = buildExampleTokens(0).map(({ id, label }) => ({ id, label }));

/** Example tokens, signed in the page on demand, for a first look without a token at hand. */
export function ExamplesMenu({ onPick }: ExamplesMenuProps) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string>();
  const listId = useId();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    function onPointer(event: PointerEvent) {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  async function pick(id: string) {
    setOpen(false);
    setFailure(undefined);
    // Built at the moment of the click so that "valid" examples are valid now.
    const example = buildExampleTokens(epochSeconds()).find((candidate) => candidate.id === id);
    if (!example) return;
    try {
      // jose stays out of the first load: it comes with the first example.
      const { signExample } = await import('../sign-example.ts');
      const signed = await signExample(example);
      onPick({ example, signed });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <>
      <div
        ref={container}
        className="relative inline-block"
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Examples
        </button>
        {open ? (
          <ul
            id={listId}
            aria-label="Example tokens"
            className="absolute left-0 z-20 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
          >
            {MENU.map((example) => (
              <li key={example.id}>
                <button
                  type="button"
                  onClick={() => void pick(example.id)}
                  className="w-full rounded-md px-3 py-1.5 text-left text-sm hover:bg-indigo-50 focus-visible:bg-indigo-50 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
                >
                  {example.label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {failure ? (
        <div className="absolute z-20 mt-10 max-w-sm">
          <Alert tone="error" title="The example could not be made in this browser">
            <p>{failure}</p>
          </Alert>
        </div>
      ) : null}
    </>
  );
}

/** What the picked example is and how to verify it. */
export function ExampleNote({ example, signed }: PickedExample) {
  const jwk = signed.publicJwk ? JSON.stringify(signed.publicJwk, null, 2) : undefined;
  return (
    <div className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/50 dark:text-indigo-100">
      <p>
        <span className="font-semibold">Example: {example.label}.</span>{' '}
        {example.protection === 'none'
          ? 'It has no signature at all.'
          : example.protection === 'weak-hmac'
            ? `Signed with the HMAC secret "${signed.secret ?? ''}" — a well-known default that anyone can use to forge tokens.`
            : example.protection === 'encrypt'
              ? 'Encrypted to a key generated in this page: only its header is readable.'
              : 'Signed just now with an RS256 key generated in this page (gone on reload). To verify it, paste the public key below into Keys.'}
      </p>
      {jwk && example.protection === 'rs256' ? (
        <div className="mt-2 flex items-start gap-2">
          <CopyButton what="example public key" text={() => jwk} />
          <code className="line-clamp-2 font-mono text-xs break-all">{jwk}</code>
        </div>
      ) : null}
    </div>
  );
}
