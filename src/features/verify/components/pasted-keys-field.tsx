import { useId } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import type { KeyParseResult, SecretEncoding } from '../../../core/verify/parse-keys.ts';
import { keyLabel } from '../../../core/verify/verification-key.ts';
import { FIELD_CLASS, HINT_CLASS, LABEL_CLASS, SUBHEADING_CLASS } from './styles.ts';

const ENCODINGS: { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
];

interface PastedKeysFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  secretEncoding: SecretEncoding;
  onSecretEncodingChange: (encoding: SecretEncoding) => void;
  parsed: KeyParseResult | undefined;
}

/** The Keys box: what was pasted, what it was understood to be, and what is wrong with it. */
export function PastedKeysField(props: PastedKeysFieldProps) {
  const keysId = useId();
  const encodingId = useId();
  const hintId = `${keysId}-hint`;
  const { parsed } = props;
  return (
    <div className="space-y-2">
      <h3 className={SUBHEADING_CLASS}>Or paste keys</h3>
      <div className="flex flex-col gap-1">
        <label htmlFor={keysId} className={LABEL_CLASS}>
          Keys
        </label>
        <textarea
          id={keysId}
          value={props.text}
          onChange={(event) => props.onTextChange(event.target.value)}
          rows={4}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-invalid={parsed && !parsed.ok ? true : undefined}
          placeholder="A JWKS, a JWK, a PEM public key or certificate, or an HMAC secret"
          className={`${FIELD_CLASS} font-mono text-xs`}
        />
        <p id={hintId} className={HINT_CLASS}>
          Pasted keys stay on this page: they are never sent or stored, and they take precedence
          over the issuer’s keys.
        </p>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={encodingId} className={`${LABEL_CLASS} whitespace-nowrap`}>
          Secret encoding
        </label>
        <select
          id={encodingId}
          value={props.secretEncoding}
          onChange={(event) => props.onSecretEncodingChange(event.target.value as SecretEncoding)}
          className={`${FIELD_CLASS} w-auto`}
        >
          {ENCODINGS.map((encoding) => (
            <option key={encoding.value} value={encoding.value}>
              {encoding.label}
            </option>
          ))}
        </select>
        <span className={HINT_CLASS}>for an HMAC secret; key formats are detected.</span>
      </div>
      <ParsedKeys parsed={parsed} />
    </div>
  );
}

function ParsedKeys({ parsed }: { parsed: KeyParseResult | undefined }) {
  if (!parsed) return null;
  if (!parsed.ok) {
    return (
      <Alert tone="error" title="These keys cannot be used">
        <p>{parsed.error.message}</p>
      </Alert>
    );
  }
  const { keySet } = parsed;
  const notes = [
    ...keySet.warnings,
    ...keySet.skipped.map((entry) => `Skipped ${entry}.`),
    ...keySet.keys.flatMap((key) =>
      key.warnings.map(
        (warning) => `${keySet.keys.length > 1 ? `${keyLabel(key)}: ` : ''}${warning}`,
      ),
    ),
  ];
  return (
    <div className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
      <p>
        Understood: <strong>{keySet.description}</strong>
      </p>
      {keySet.keys.length > 1 ? (
        <ul className="list-disc pl-5">
          {keySet.keys.map((key) => (
            <li key={key.position}>
              {keyLabel(key)}: {key.description}
            </li>
          ))}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <ul className="space-y-1 text-amber-900 dark:text-amber-200">
          {notes.map((note, index) => (
            <li key={index}>
              <strong>Warning:</strong> {note}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
