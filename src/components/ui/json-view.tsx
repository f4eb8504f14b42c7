import { memo, useMemo, useState } from 'react';
import { limitForDisplay, tokenizeJson, type JsonTokenKind } from '../../core/token/json-tokens.ts';
import {
  findRoundedNumbers,
  type JsonValue,
  type RoundedNumber,
} from '../../core/token/parse-json.ts';

const COLOURS: Record<JsonTokenKind, string> = {
  key: 'text-indigo-700 dark:text-indigo-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  boolean: 'text-fuchsia-800 dark:text-fuchsia-300',
  null: 'text-slate-600 dark:text-slate-400',
  punctuation: 'text-slate-600 dark:text-slate-400',
  omitted: 'text-slate-600 italic dark:text-slate-400',
};

/**
 * What is laid out at first, and at most. A token within the input cap can hold 100,000
 * members or a megabyte-long string; laying all of it out at once freezes the page, so the
 * view shows the start and grows once, to a bound that still renders in well under a second.
 */
const FIRST = { items: 100, characters: 2_000 };
const MOST = { items: 10_000, characters: 100_000 };

/**
 * JSON as JSON.stringify(value, null, 2) prints it, syntax-coloured; text only, never HTML.
 * With `source` (the JSON text the value was parsed from), integers that JavaScript rounds are
 * printed with the digits the token writes, and named.
 */
export const JsonView = memo(function JsonView({
  value,
  source,
}: {
  value: JsonValue;
  source?: string;
}) {
  const rounded = useMemo(() => (source === undefined ? [] : findRoundedNumbers(source)), [source]);
  // Grown for this value only: the next token starts short again.
  const [grown, setGrown] = useState<JsonValue | undefined>(undefined);
  const bound = grown === value ? MOST : FIRST;
  const { tokens, omitted } = useMemo(() => {
    const limited = limitForDisplay(value, bound.items, rounded);
    return {
      tokens: tokenizeJson(limited.value, bound.characters, limited.marker),
      omitted: limited.omitted,
    };
  }, [value, bound, rounded]);
  const hidden = tokens.reduce((sum, token) => sum + (token.hidden ?? 0), 0);
  return (
    <>
      {rounded.length > 0 ? <RoundedNote numbers={rounded} /> : null}
      {hidden > 0 || omitted > 0 ? (
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          {omitted > 0
            ? `Long lists are shortened (${omitted.toLocaleString('en')} entries not shown). `
            : ''}
          {hidden > 0
            ? `Very long values are shortened (${hidden.toLocaleString('en')} characters hidden). `
            : ''}
          {bound === FIRST ? (
            <button
              type="button"
              onClick={() => setGrown(value)}
              className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              Show more
            </button>
          ) : (
            `The view shows at most ${MOST.items.toLocaleString('en')} entries of a list and ${MOST.characters.toLocaleString('en')} characters of a value, so that the page stays responsive; the copy button gives everything.`
          )}
        </p>
      ) : null}
      <pre className="font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap">
        <code>
          {tokens.map((token, index) =>
            token.kind === 'punctuation' ? (
              token.text
            ) : (
              <span
                key={index}
                className={
                  token.rounded
                    ? `${COLOURS[token.kind]} underline decoration-wavy decoration-1`
                    : COLOURS[token.kind]
                }
              >
                {token.text}
                {token.hidden ? (
                  <span className="text-slate-500 italic dark:text-slate-400">
                    {`… ${token.hidden.toLocaleString('en')} more characters`}
                  </span>
                ) : null}
              </span>
            ),
          )}
        </code>
      </pre>
    </>
  );
});

/** Names each number that JavaScript reads differently from what the token writes. */
function RoundedNote({ numbers }: { numbers: readonly RoundedNumber[] }) {
  return (
    <div className="mb-2 text-sm text-amber-900 dark:text-amber-200">
      <p>
        Shown with the digits the token writes (wavy underline), these integers are beyond 2^53:
        JavaScript, and every verifier built on it, reads them rounded.
      </p>
      <ul className="list-disc pl-5">
        {numbers.slice(0, 5).map((number) => (
          <li key={number.path.join('\u0000')} className="break-all">
            <code className="font-mono">{describePath(number.path)}</code>: {number.source} is read
            as {String(number.value)}
          </li>
        ))}
      </ul>
      {numbers.length > 5 ? <p>…and {numbers.length - 5} more.</p> : null}
    </div>
  );
}

function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the whole value)';
  return path
    .map((step, index) =>
      typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`,
    )
    .join('');
}
