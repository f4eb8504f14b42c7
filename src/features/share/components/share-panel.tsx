import { useId, useState } from 'react';
import {
  buildShareLink,
  defaultStrip,
  describeShareRisk,
  strippable,
  type ShareLink,
} from '../../../core/share/share-link.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { useFragmentStore } from '../../../lib/fragment.ts';
import { useTimeClaimsNow } from '../../../lib/use-time-claims-now.ts';

interface SharePanelProps {
  decoded: DecodedToken;
}

/** Names of dropped parameters are the link's own text: shown shortened, and not too many. */
const SHOWN_DROPPED = 8;
const NAME_LENGTH = 40;

/**
 * A link that reopens this token here — by default without its signature (a JWE: with only
 * its header) — carrying Tokenscope's own parameters and nothing else from the address.
 */
export function SharePanel({ decoded }: SharePanelProps) {
  const store = useFragmentStore();
  // The risk changes when the token expires, not on every tick (no tolerance: a link is a
  // credential until exp).
  const now = useTimeClaimsNow(decoded, 0);
  // The user's choice lasts for this token only; a new token gets the safe default again.
  const [choice, setChoice] = useState<{ token: string; strip: boolean } | undefined>();
  const [link, setLink] = useState<ShareLink & { token: string }>();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const droppedId = useId();
  const token = decoded.input.token;
  const removable = strippable(decoded);
  const strip = choice?.token === token ? choice.strip : defaultStrip(decoded, now);
  const risk = describeShareRisk(decoded, strip, now);
  const shareable = decoded.format !== 'empty' && decoded.format !== 'invalid';
  // A link made for another token is not shown under this one.
  const shown = link && link.token === token ? link : undefined;

  function change(next: boolean) {
    setChoice({ token, strip: next });
    setLink(undefined);
    setCopyState('idle');
  }

  async function copyLink() {
    const next = buildShareLink(window.location.href, decoded, store.getSnapshot().params, strip);
    setLink({ ...next, token });
    try {
      await navigator.clipboard.writeText(next.url);
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
          {/* "Remove signature" is always there (a JWE has none to remove); a JWE gets its
              own choice. */}
          <Choice
            label="Remove signature"
            checked={removable === 'signature' && strip}
            disabled={removable !== 'signature'}
            onChange={change}
          />
          {removable === 'encrypted-parts' ? (
            <Choice label="Share only the header" checked={strip} onChange={change} />
          ) : null}
          <span role="status" className="text-emerald-800 dark:text-emerald-300">
            {copyState === 'copied' && shown
              ? 'Link copied.'
              : copyState === 'failed' && shown
                ? 'The browser blocked the clipboard: copy the link below.'
                : ''}
          </span>
        </div>
        <label className="block">
          <span className="mb-1 block text-slate-700 dark:text-slate-300">Share link</span>
          <input
            type="text"
            readOnly
            value={shown?.url ?? ''}
            placeholder="Press Copy link to make a link"
            aria-describedby={shown && shown.dropped.length > 0 ? droppedId : undefined}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        {shown && shown.dropped.length > 0 ? (
          <p id={droppedId} className="text-slate-700 dark:text-slate-300">
            Left out of the link: {describeDropped(shown.dropped)}. A link carries only the token
            and Tokenscope&apos;s own settings, never the other parameters of a redirect (they can
            be credentials).
          </p>
        ) : null}
        {shareable ? (
          <Alert tone={risk.level}>
            <p>{risk.message}</p>
          </Alert>
        ) : null}
      </div>
    </Panel>
  );
}

function Choice({
  label,
  checked,
  disabled = false,
  onChange,
}: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <label htmlFor={id} className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 accent-indigo-700"
      />
      {label}
    </label>
  );
}

function describeDropped(names: readonly string[]): string {
  const shown = names
    .slice(0, SHOWN_DROPPED)
    .map((name) => (name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH)}…` : name));
  const more = names.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
