import { useId } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TokenscopeError } from '../../../core/errors.ts';
import {
  describeDiscoveryUrlSource,
  type DiscoveryUrlSource,
} from '../../../core/verify/key-discovery.ts';
import type { RotationRecord } from '../../../core/verify/rotation-gate.ts';
import type { useIssuerKeys } from '../hooks/use-issuer-keys.ts';
import {
  FIELD_CLASS,
  HINT_CLASS,
  LABEL_CLASS,
  PRIMARY_BUTTON_CLASS,
  SECONDARY_BUTTON_CLASS,
  SUBHEADING_CLASS,
} from './styles.ts';

interface IssuerKeysSectionProps {
  discoveryUrl: string;
  onDiscoveryUrlChange: (value: string) => void;
  /** Where the address came from: the token's iss, typing, or a link. */
  source: DiscoveryUrlSource;
  /** Puts back the address iss names; undefined when that is already the one shown. */
  onUseDerivedUrl: (() => void) | undefined;
  /** Why no URL could be derived from iss, if it could not. */
  derivationProblem: string | undefined;
  autoFetch: boolean;
  onAutoFetchChange: (value: boolean) => void;
  issuerKeys: ReturnType<typeof useIssuerKeys>;
  /** What the rotation gate decided for the token's kid, if its kid was ever missing. */
  rotation: RotationRecord | undefined;
  tokenKid: string | undefined;
  /** The kid is still not in the key set. */
  stillMissing: boolean;
  /** Pasted keys take precedence over the issuer's. */
  overriddenByPastedKeys: boolean;
}

const time = (at: number) => new Date(at).toLocaleTimeString();

function messageOf(error: Error): string {
  return error instanceof TokenscopeError ? error.message : `Unexpected error: ${error.message}`;
}

/** Discovery URL, Fetch keys, and what the issuer's documents said (or why they could not be had). */
export function IssuerKeysSection(props: IssuerKeysSectionProps) {
  const { issuerKeys, discoveryUrl } = props;
  const { discovery, jwks } = issuerKeys;
  const urlId = useId();
  const hintId = `${urlId}-hint`;
  const fetching = discovery.isFetching || jwks.isFetching;

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        issuerKeys.fetchKeys();
      }}
    >
      <h3 className={SUBHEADING_CLASS}>Keys from the issuer</h3>
      <div className="flex flex-col gap-1">
        <label htmlFor={urlId} className={LABEL_CLASS}>
          Discovery URL
        </label>
        <div className="flex gap-2">
          <input
            id={urlId}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={discoveryUrl}
            onChange={(event) => props.onDiscoveryUrlChange(event.target.value)}
            aria-describedby={hintId}
            className={`${FIELD_CLASS} font-mono`}
            placeholder="https://issuer.example/.well-known/openid-configuration"
          />
          <button
            type="submit"
            className={`${PRIMARY_BUTTON_CLASS} shrink-0`}
            disabled={discoveryUrl.trim() === ''}
          >
            Fetch keys
          </button>
        </div>
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <p
            id={hintId}
            className={
              props.source === 'link' ? 'text-xs text-amber-900 dark:text-amber-200' : HINT_CLASS
            }
          >
            {props.source === 'token' && props.derivationProblem
              ? props.derivationProblem
              : describeDiscoveryUrlSource(props.source)}
          </p>
          {props.onUseDerivedUrl ? (
            <button
              type="button"
              className={SECONDARY_BUTTON_CLASS}
              onClick={props.onUseDerivedUrl}
            >
              Use the address from iss
            </button>
          ) : null}
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          checked={props.autoFetch}
          onChange={(event) => props.onAutoFetchChange(event.target.checked)}
          className="h-4 w-4 accent-indigo-700"
        />
        Fetch keys automatically for each token
      </label>
      {props.autoFetch && props.source !== 'token' ? (
        <p className={HINT_CLASS}>
          Automatic fetching is only for the address derived from the token’s iss: press Fetch keys
          to fetch this one.
        </p>
      ) : null}
      <FetchStatus {...props} fetching={fetching} />
    </form>
  );
}

function FetchStatus(props: IssuerKeysSectionProps & { fetching: boolean }) {
  const { discovery, jwks, jwksUri, error } = props.issuerKeys;
  return (
    <div className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
      {props.fetching ? (
        <p>
          Fetching the {discovery.isFetching ? 'discovery document' : 'JWKS'} from{' '}
          <span className="font-mono break-all">
            {discovery.isFetching ? props.discoveryUrl : jwksUri}
          </span>
          …
        </p>
      ) : null}
      {error && !props.fetching ? (
        <Alert
          tone="error"
          title={`Could not get the ${discovery.error ? 'discovery document' : 'JWKS'}`}
        >
          <p>{messageOf(error)}</p>
        </Alert>
      ) : null}
      {discovery.data && jwks.data ? (
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <p>
            {jwks.data.description} from{' '}
            <span className="font-mono break-all">{discovery.data.jwksUri}</span>, fetched at{' '}
            {time(jwks.dataUpdatedAt)}; refreshed after 24 hours.
          </p>
          <button
            type="button"
            className={SECONDARY_BUTTON_CLASS}
            onClick={() => void props.issuerKeys.refetch()}
            disabled={props.fetching}
          >
            Refetch key set
          </button>
        </div>
      ) : null}
      {discovery.data ? (
        <p className={HINT_CLASS}>
          Discovery document issuer: <span className="font-mono">{discovery.data.issuer}</span>
        </p>
      ) : null}
      <RotationNote
        rotation={props.rotation}
        tokenKid={props.tokenKid}
        stillMissing={props.stillMissing}
      />
      {props.overriddenByPastedKeys && jwks.data ? (
        <p className={HINT_CLASS}>
          The pasted keys are used instead of the issuer’s. Empty Keys to use the issuer’s keys.
        </p>
      ) : null}
    </div>
  );
}

function RotationNote({
  rotation,
  tokenKid,
  stillMissing,
}: {
  rotation: RotationRecord | undefined;
  tokenKid: string | undefined;
  stillMissing: boolean;
}) {
  if (!rotation || tokenKid === undefined) return null;
  const kid = JSON.stringify(tokenKid);
  if (rotation.decision === 'cooldown') {
    return stillMissing ? (
      <p>
        The kid {kid} is not in the cached key set. The JWKS was refetched for another unknown kid
        less than a minute ago, so it is not fetched again yet; press Refetch key set to try now.
      </p>
    ) : null;
  }
  return (
    <p>
      The kid {kid} was not in the cached key set, so the JWKS was refetched once at{' '}
      {time(rotation.at)} in case the issuer rotated its keys.{' '}
      {stillMissing
        ? 'It is still not there, and is not refetched again for this kid.'
        : 'The new key set has it.'}
    </p>
  );
}
