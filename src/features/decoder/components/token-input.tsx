import { memo, useRef, type ReactNode } from 'react';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { SEGMENT_COLOURS } from '../segment-colours.ts';

interface TokenInputProps {
  value: string;
  onChange: (value: string) => void;
  decoded: DecodedToken;
}

/**
 * Above this size the coloured copy is dropped: laying out a megabyte of text twice on every
 * keystroke makes typing lag, and nobody reads segment colours in a megabyte.
 */
const COLOUR_LIMIT = 64 * 1024;

const BOX =
  'm-0 min-h-56 w-full rounded-lg border p-3 font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap';

/**
 * A textarea over a coloured copy of its own text: the textarea's glyphs are transparent, so
 * the user sees the coloured segments and still edits, selects and pastes natively.
 */
export function TokenInput({ value, onChange, decoded }: TokenInputProps) {
  const backdrop = useRef<HTMLPreElement>(null);
  const coloured = value.length <= COLOUR_LIMIT;
  return (
    <div className="relative">
      {coloured ? <Backdrop ref={backdrop} value={value} decoded={decoded} /> : null}
      <textarea
        id="token-input"
        aria-label="Token"
        aria-describedby="token-help"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        }}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        autoFocus
        rows={12}
        placeholder="Paste a JWT, a Bearer header or a redirect URL…"
        className={`${BOX} relative block resize-y border-slate-300 ${coloured ? 'bg-transparent text-transparent' : 'bg-white text-slate-800 dark:bg-slate-900 dark:text-slate-200'} caret-slate-900 placeholder:text-slate-500 selection:bg-indigo-300/50 focus:border-indigo-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500/40 dark:border-slate-700 dark:caret-white dark:placeholder:text-slate-400`}
      />
    </div>
  );
}

const Backdrop = memo(function Backdrop({
  ref,
  value,
  decoded,
}: {
  ref: React.Ref<HTMLPreElement>;
  value: string;
  decoded: DecodedToken;
}) {
  return (
    <pre
      ref={ref}
      aria-hidden="true"
      className={`${BOX} pointer-events-none absolute inset-0 overflow-hidden border-transparent bg-white text-slate-500 dark:bg-slate-900 dark:text-slate-400`}
    >
      {colour(value, decoded)}
      {/* A trailing newline in a textarea takes a line; a <pre> needs a character to match. */}
      {value.endsWith('\n') ? ' ' : null}
    </pre>
  );
});

function colour(value: string, decoded: DecodedToken): ReactNode {
  const offset = decoded.input.offset;
  // Only colour when the decoded text is exactly the text the user sees.
  if (
    offset === undefined ||
    decoded.segments.length === 0 ||
    decoded.input.token !== value.slice(offset, offset + decoded.input.token.length)
  ) {
    return value;
  }
  const pieces: ReactNode[] = [value.slice(0, offset)];
  let cursor = offset;
  for (const segment of decoded.segments) {
    const start = offset + segment.start;
    const end = offset + segment.end;
    if (start > cursor) pieces.push(value.slice(cursor, start));
    pieces.push(
      <span key={segment.name} className={SEGMENT_COLOURS[segment.name]}>
        {value.slice(start, end)}
      </span>,
    );
    cursor = end;
  }
  pieces.push(value.slice(cursor));
  return pieces;
}
