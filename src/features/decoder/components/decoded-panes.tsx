import { memo } from 'react';
import type { Strippable } from '../../../core/share/share-link.ts';
import type { DecodedToken, DecodedPayload } from '../../../core/token/decode-token.ts';
import type { DecodeError } from '../../../core/token/decode-error.ts';
import { isJsonObject } from '../../../core/token/parse-json.ts';
import { segmentLabel, type SegmentName } from '../../../core/token/segments.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { JsonView } from '../../../components/ui/json-view.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { SEGMENT_COLOURS } from '../segment-colours.ts';
import { toHex } from '../../../core/token/hex.ts';

interface PaneProps {
  decoded: DecodedToken;
}

function SegmentErrors({ decoded, names }: { decoded: DecodedToken; names: SegmentName[] }) {
  const errors = decoded.errors.filter(
    (error): error is DecodeError & { segment: SegmentName } =>
      error.segment !== undefined && names.includes(error.segment),
  );
  if (errors.length === 0) return null;
  return (
    <div className="mb-3 space-y-2">
      {errors.map((error) => (
        <Alert key={`${error.code}-${error.segment}`} tone="error">
          <p>{error.message}</p>
        </Alert>
      ))}
    </div>
  );
}

function Empty({ children }: { children: string }) {
  return <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>;
}

export const HeaderPane = memo(function HeaderPane({ decoded }: PaneProps) {
  const header = decoded.header;
  return (
    <Panel
      title="Header"
      actions={
        header ? (
          <CopyButton what="header" text={() => JSON.stringify(header.value, null, 2)} />
        ) : null
      }
    >
      <SegmentErrors decoded={decoded} names={['header']} />
      {header ? (
        <div className={`border-l-4 pl-3 ${BORDERS.header}`}>
          <JsonView value={header.value} source={header.text} />
        </div>
      ) : decoded.format === 'empty' ? (
        <Empty>The decoded JOSE header appears here.</Empty>
      ) : null}
    </Panel>
  );
});

export const PayloadPane = memo(function PayloadPane({ decoded }: PaneProps) {
  const payload = decoded.payload;
  return (
    <Panel
      title="Payload"
      actions={
        payload && copyablePayload(payload) !== undefined ? (
          <CopyButton what="payload" text={() => copyablePayload(payload) ?? ''} />
        ) : null
      }
    >
      <SegmentErrors decoded={decoded} names={['payload']} />
      {payload ? (
        <PayloadBody payload={payload} decoded={decoded} />
      ) : decoded.format === 'empty' ? (
        <Empty>The decoded claims appear here.</Empty>
      ) : null}
    </Panel>
  );
});

function copyablePayload(payload: DecodedPayload): string | undefined {
  switch (payload.type) {
    case 'json':
      return JSON.stringify(payload.value, null, 2);
    case 'text':
    case 'unencoded':
      return payload.text;
    case 'binary':
      return toHex(payload.bytes);
    default:
      return undefined;
  }
}

function PayloadBody({ payload, decoded }: { payload: DecodedPayload; decoded: DecodedToken }) {
  switch (payload.type) {
    case 'json':
      return (
        <>
          {isJsonObject(payload.value) ? null : (
            <p className="mb-2 text-sm text-amber-800 dark:text-amber-200">
              The payload is JSON but not an object, so it is not a JWT claims set.
            </p>
          )}
          <div className={`border-l-4 pl-3 ${BORDERS.payload}`}>
            <JsonView value={payload.value} source={payload.text} />
          </div>
        </>
      );
    case 'text':
      return (
        <>
          {decoded.errors.some((error) => error.segment === 'payload') ? null : (
            <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
              The payload is not JSON, so this is a JWS but not a JWT; its content is shown as text.
            </p>
          )}
          <TextBlock text={payload.text} />
        </>
      );
    case 'unencoded':
      return (
        <>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
            JWS with unencoded payload (RFC 7797, <code>b64: false</code>) — not a JWT. The payload
            travels as-is:
          </p>
          <TextBlock text={payload.text} />
        </>
      );
    case 'binary':
      return (
        <>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
            The payload is {payload.bytes.length} bytes of binary data (not UTF-8 text), shown in
            hexadecimal.
          </p>
          <TextBlock text={toHex(payload.bytes, ' ')} />
        </>
      );
    case 'detached':
      return (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The payload segment is empty: the content is detached (RFC 7515 Appendix F) and is sent
          separately from the token.
        </p>
      );
    case 'encrypted': {
      const nested = String(decoded.header?.value.cty ?? '').toUpperCase() === 'JWT';
      return (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Encrypted (JWE): the contents are not inspectable without the recipient&apos;s private
          key.{' '}
          {nested
            ? 'The header says cty "JWT": a signed JWT is nested inside.'
            : 'Only the protected header is readable.'}
        </p>
      );
    }
  }
}

function TextBlock({ text }: { text: string }) {
  return (
    <pre
      tabIndex={0}
      className="max-h-96 overflow-auto rounded-md bg-slate-100 p-2 font-mono text-[13px] break-all whitespace-pre-wrap dark:bg-slate-800"
    >
      {text}
    </pre>
  );
}

const BORDERS: Record<'header' | 'payload' | 'signature', string> = {
  header: 'border-rose-300 dark:border-rose-700',
  payload: 'border-violet-300 dark:border-violet-700',
  signature: 'border-sky-300 dark:border-sky-700',
};

export const SignaturePane = memo(function SignaturePane({
  decoded,
  removedBySender,
}: PaneProps & {
  /** What the link this token came from says its sender left out (see share-link.ts). */
  removedBySender: Strippable | undefined;
}) {
  const jwe = decoded.format === 'jwe';
  const signatureRemoved =
    removedBySender === 'signature' &&
    decoded.errors.some((error) => error.code === 'signature-empty');
  const encryptedPartsRemoved =
    removedBySender === 'encrypted-parts' &&
    jwe &&
    decoded.segments.slice(1).every((segment) => segment.text === '');
  const signatureSegment = decoded.segments.find((segment) => segment.name === 'signature');
  return (
    <Panel
      title="Signature"
      actions={
        signatureSegment && signatureSegment.text ? (
          <CopyButton what="signature" text={() => signatureSegment.text} />
        ) : null
      }
    >
      {signatureRemoved ? (
        <Alert tone="info">
          <p>
            Signature removed by the sender: this link was shared without the signature so that it
            cannot be used as a credential. The header and payload are intact, but nothing here can
            be verified.
          </p>
        </Alert>
      ) : encryptedPartsRemoved ? (
        <Alert tone="info">
          <p>
            Only the header was shared: the sender left out the encrypted key, initialization
            vector, ciphertext and tag of this encrypted token so that the link cannot be used as a
            credential.
          </p>
        </Alert>
      ) : (
        <SegmentErrors
          decoded={decoded}
          names={jwe ? ['encrypted-key', 'iv', 'ciphertext', 'tag'] : ['signature']}
        />
      )}
      {jwe ? <JweSegments decoded={decoded} /> : <SignatureBody decoded={decoded} />}
    </Panel>
  );
});

function SignatureBody({ decoded }: PaneProps) {
  if (decoded.format === 'empty') return <Empty>The signature details appear here.</Empty>;
  const signature = decoded.signature;
  const alg = decoded.header?.value.alg;
  if (decoded.format === 'unsecured') {
    return (
      <p className="text-sm text-red-800 dark:text-red-200">
        No signature: the header says alg &quot;{String(alg)}&quot;, so anyone can have written or
        changed this token. Never accept it.
      </p>
    );
  }
  if (!signature) return null;
  if (signature.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-600 dark:text-slate-400">Algorithm</dt>
      <dd className="font-mono">{typeof alg === 'string' ? alg : '—'}</dd>
      <dt className="text-slate-600 dark:text-slate-400">Length</dt>
      <dd>
        {signature.length} bytes ({signature.length * 8} bits)
      </dd>
      <dt className="text-slate-600 dark:text-slate-400">Hex</dt>
      <dd className={`font-mono text-[13px] break-all ${SEGMENT_COLOURS.signature}`}>
        {toHex(signature)}
      </dd>
    </dl>
  );
}

function JweSegments({ decoded }: PaneProps) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        An encrypted token has no signature to show; its integrity is protected by the
        authentication tag, which only the recipient can check.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {decoded.segments.slice(1).map((segment) => (
          <div key={segment.name} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{segmentLabel(segment.name)}</dt>
            <dd className={SEGMENT_COLOURS[segment.name]}>
              {segment.text.length === 0
                ? 'empty'
                : `${Math.floor((segment.text.length * 3) / 4)} bytes`}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
