import { useId, useState } from 'react';
import {
  buildShareLink,
  canRemoveSignature,
  defaultRemoveSignature,
  describeShareRisk,
} from '../../../core/share/share-link.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { readFragment } from '../../../lib/fragment.ts';
import { useTimeClaimsNow } from '../../../lib/use-time-claims-now.ts';

interface SharePanelProps {
  decoded: DecodedToken;
}

/** A link that reopens this token here — by default without its signature. */
export function SharePanel({ decoded }: SharePanelProps) {
  // The risk changes when the token expires, not on every tick (no tolerance: a link is a
  // credential until exp).
  const now = useTimeClaimsNow(decoded, 0);
  // The user's choice lasts for this token only; a new token gets the safe default again.
  const [choice, setChoice] = useState<{ token: string; remove: boolean } | undefined>();
  const [link, setLink] = useState('');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const checkboxId = useId();
  const token = decoded.input.token;
  const removable = canRemoveSignature(decoded);
  const remove =
    choice?.token === token ? choice.remove : removable && defaultRemoveSignature(decoded, now);
  const risk = describeShareRisk(decoded, remove, now);
  const shareable = decoded.format !== 'empty' && decoded.format !== 'invalid';

  async function copyLink() {
    const next = buildShareLink(window.location.href, decoded, readFragment(), remove);
    setLink(next);
    try {
      await navigator.clipboard.writeText(next);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <Panel title="Share">
      <div className="space-y-3 text-sm">
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => void copyLink()}
            disabled={!shareable}
            className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-400 dark:disabled:bg-slate-700"
          >
            Copy link
          </button>
          <label htmlFor={checkboxId} className="flex items-center gap-2">
            <input
              id={checkboxId}
              type="checkbox"
              checked={remove}
              disabled={!removable}
              onChange={(event) => {
                setChoice({ token, remove: event.target.checked });
                setLink('');
                setCopyState('idle');
              }}
              className="size-4 accent-indigo-700"
            />
            Remove signature
          </label>
          <span role="status" className="text-emerald-800 dark:text-emerald-300">
            {copyState === 'copied'
              ? 'Link copied.'
              : copyState === 'failed'
                ? 'The browser blocked the clipboard: copy the link below.'
                : ''}
          </span>
        </div>
        <label className="block">
          <span className="mb-1 block text-slate-700 dark:text-slate-300">Share link</span>
          <input
            type="text"
            readOnly
            value={link}
            placeholder="Press Copy link to make a link"
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        {shareable ? (
          <Alert tone={risk.level}>
            <p>{risk.message}</p>
          </Alert>
        ) : null}
      </div>
    </Panel>
  );
}
