import type { IdentityProviderError } from '../../../core/token/normalize-input.ts';
import { Alert } from '../../../components/ui/alert.tsx';

/**
 * The identity provider redirected back with `error=` instead of a token. The description is
 * attacker-controllable text: it is rendered as text, and the error URI only as an https link.
 */
export function IdentityProviderErrorAlert({ error }: { error: IdentityProviderError }) {
  const uri = error.uri && /^https:\/\//i.test(error.uri) ? error.uri : undefined;
  return (
    <Alert tone="error" title={`Sign-in failed: ${error.error}`}>
      {error.description ? (
        <p className="mt-1 break-words whitespace-pre-wrap">{error.description}</p>
      ) : (
        <p className="mt-1">The identity provider gave no description.</p>
      )}
      {uri ? (
        <p className="mt-1">
          <a
            href={uri}
            target="_blank"
            rel="noreferrer noopener"
            className="underline underline-offset-2"
          >
            More about this error
          </a>
        </p>
      ) : null}
    </Alert>
  );
}
