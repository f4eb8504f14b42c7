import { memo, useMemo } from 'react';
import { tokenizeJson, type JsonTokenKind } from '../../core/token/json-tokens.ts';
import type { JsonValue } from '../../core/token/parse-json.ts';

const COLOURS: Record<JsonTokenKind, string> = {
  key: 'text-indigo-700 dark:text-indigo-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  boolean: 'text-fuchsia-800 dark:text-fuchsia-300',
  null: 'text-slate-600 dark:text-slate-400',
  punctuation: 'text-slate-600 dark:text-slate-400',
};

/** JSON as JSON.stringify(value, null, 2) prints it, syntax-coloured; text only, never HTML. */
export const JsonView = memo(function JsonView({ value }: { value: JsonValue }) {
  const tokens = useMemo(() => tokenizeJson(value), [value]);
  return (
    <pre className="overflow-x-auto font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap">
      <code>
        {tokens.map((token, index) =>
          token.kind === 'punctuation' ? (
            token.text
          ) : (
            <span key={index} className={COLOURS[token.kind]}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
});
