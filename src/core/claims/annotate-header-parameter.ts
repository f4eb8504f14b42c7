import type { JsonValue } from '../token/parse-json.ts';
import type { AnnotationContext, AnnotationNote, ClaimAnnotation } from './claim-annotation.ts';
import { countLabel, revealAnnotation } from './claim-annotation.ts';
import { describeCrit } from './crit.ts';
import { describeSuspiciousKid } from './suspicious-kid.ts';
import {
  ALGORITHMS,
  CONTENT_ENCRYPTION,
  normalizeMediaType,
  TOKEN_TYPES,
} from './value-meanings.ts';

type Annotator = (value: JsonValue, context: AnnotationContext) => ClaimAnnotation;

const info = (text: string): AnnotationNote => ({ tone: 'info', text });
const warning = (text: string): AnnotationNote => ({ tone: 'warning', text });
const notes = (...list: AnnotationNote[]): ClaimAnnotation => ({ notes: list });

function annotateAlgorithm(value: JsonValue): ClaimAnnotation {
  if (typeof value !== 'string') return notes(warning('The algorithm must be a string.'));
  if (value.toLowerCase() === 'none') {
    return notes(
      warning('Unsecured: there is no signature, so anyone could have written this token.'),
    );
  }
  const meaning = ALGORITHMS.get(value);
  return meaning
    ? notes(info(`${meaning}.`))
    : notes(warning(`${value} is not an algorithm Tokenscope knows.`));
}

function annotateType(value: JsonValue): ClaimAnnotation {
  const meaning = TOKEN_TYPES.get(normalizeMediaType(value) ?? '');
  return meaning ? notes(info(`This token says it is ${meaning}.`)) : notes();
}

function annotateContentType(value: JsonValue): ClaimAnnotation {
  return normalizeMediaType(value) === 'jwt'
    ? notes(info('Nested token: the protected content is itself a JWT.'))
    : notes();
}

function annotateKid(value: JsonValue): ClaimAnnotation {
  const problem = describeSuspiciousKid(value);
  return problem
    ? notes(warning(`${problem} A key id must only ever be compared as an exact string.`))
    : notes();
}

function annotateCrit(value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  const crit = describeCrit(context.header ?? { crit: value });
  const list = Array.isArray(value)
    ? {
        label: countLabel(value.length, 'critical parameter'),
        items: value.map((item) => {
          const name = typeof item === 'string' ? item : JSON.stringify(item);
          return crit.understood.includes(name)
            ? { value: name, meaning: 'understood by Tokenscope' }
            : { value: name, meaning: 'not understood: a verifier must reject the token' };
        }),
      }
    : undefined;
  return {
    ...(list ? { list } : {}),
    notes: crit.problems.map((problem) => warning(problem)),
  };
}

function annotateB64(value: JsonValue): ClaimAnnotation {
  return value === false
    ? notes(
        warning(
          'The payload is not base64url-encoded: this is a JWS with an unencoded payload, not a JWT.',
        ),
      )
    : notes();
}

function annotateEncryption(value: JsonValue): ClaimAnnotation {
  const meaning = typeof value === 'string' ? CONTENT_ENCRYPTION.get(value) : undefined;
  return meaning ? notes(info(`${meaning}.`)) : notes();
}

const UNTRUSTED =
  'Chosen by whoever made the token: Tokenscope never fetches or trusts it, and neither should a verifier.';

function annotateThumbprint(value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  return value === context.header?.kid
    ? notes(info('Same value as kid, as in Microsoft v1.0 tokens.'))
    : notes();
}

const ANNOTATORS: ReadonlyMap<string, Annotator> = new Map<string, Annotator>([
  ['alg', annotateAlgorithm],
  ['typ', annotateType],
  ['cty', annotateContentType],
  ['kid', annotateKid],
  ['crit', annotateCrit],
  ['b64', annotateB64],
  ['enc', annotateEncryption],
  ['x5t', annotateThumbprint],
  ['jku', () => notes(warning(UNTRUSTED))],
  ['x5u', () => notes(warning(UNTRUSTED))],
  ['jwk', () => notes(warning(UNTRUSTED))],
  [
    'x5c',
    () =>
      notes(
        warning(
          'Embedded by whoever made the token: trust it only after checking the chain against a trusted root; Tokenscope never does.',
        ),
      ),
  ],
  [
    'nonce',
    () =>
      notes(
        info(
          'A nonce in the header marks a token for a Microsoft API (such as Graph): it decodes, but cannot be verified by third parties, by design.',
        ),
      ),
  ],
]);

/** Explains one JOSE header parameter's value. */
export function annotateHeaderParameter(
  name: string,
  value: JsonValue,
  context: AnnotationContext,
): ClaimAnnotation {
  const annotator = ANNOTATORS.get(name);
  return annotator ? revealAnnotation(annotator(value, context)) : notes();
}
