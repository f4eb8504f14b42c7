import { memo, useMemo, useState } from 'react';
import { limitForDisplay, tokenizeJson, type JsonTokenKind } from '../../core/token/json-tokens.ts';
import type { JsonValue } from '../../core/token/parse-json.ts';

const COLOURS: Record<JsonTokenKind, string> = {
  key: 'text-indigo-700 dark:text-indigo-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  boolean: 'text-fuchsia-800 dark:text-fuchsia-300',
  null: 'text-slate-600 dark:text-slate-400',
  punctuation: 'text-slate-600 dark:text-slate-400',
  omitted: 'text-slate-600 italic dark:text-slate-400',
};

/** Arrays and objects show this many entries until the reader asks for everything. */
const MANY_ITEMS = 100;

/** Strings longer than this are shortened until the reader asks for everything. */
const LONG_STRING = 2000;

/** JSON as JSON.stringify(value, null, 2) prints it, syntax-coloured; text only, never HTML. */
export const JsonView = memo(function JsonView({ value }: { value: JsonValue }) {
  const [showAll, setShowAll] = useState(false);
  const { tokens, omitted } = useMemo(() => {
    if (showAll) return { tokens: tokenizeJson(value), omitted: 0 };
    const limited = limitForDisplay(value, MANY_ITEMS);
    return {
      tokens: tokenizeJson(limited.value, LONG_STRING, limited.marker),
      omitted: limited.omitted,
    };
  }, [value, showAll]);
  const hidden = tokens.reduce((sum, token) => sum + (token.hidden ?? 0), 0);
  return (
    <>
      {hidden > 0 || omitted > 0 ? (
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          {omitted > 0
            ? `Long lists are shortened (${omitted.toLocaleString('en')} entries not shown). `
            : ''}
          {hidden > 0
            ? `Very long values are shortened (${hidden.toLocaleString('en')} characters hidden). `
            : ''}
          <button
            type="button"
            onClick={() => setShowAll(true)}
            className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
          >
            Show all
          </button>
        </p>
      ) : null}
      <pre className="font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap">
        <code>
          {tokens.map((token, index) =>
            token.kind === 'punctuation' ? (
              token.text
            ) : (
              <span key={index} className={COLOURS[token.kind]}>
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
