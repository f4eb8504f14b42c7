import { useState } from 'react';
import {
  CREDENTIAL_LABELS,
  CREDENTIAL_TYPES,
  EVENT_LABELS,
  explainRevocation,
  NON_PASSWORD_SIGN_INS,
  REVOCATION_EVENTS,
  revocationOutcome,
  type CredentialType,
  type RevocationEvent,
} from '../../../core/simulate/revocation-matrix.ts';
import { SelectField } from './select-field.tsx';
import { ScrollArea } from '../../../components/ui/scroll-area.tsx';

const EVENT_OPTIONS = REVOCATION_EVENTS.map((id) => ({ value: id, label: EVENT_LABELS[id] }));
const CREDENTIAL_OPTIONS = CREDENTIAL_TYPES.map((id) => ({
  value: id,
  label: CREDENTIAL_LABELS[id],
}));

/** Which events revoke which refresh tokens: pick a cell, read why; the whole table stays in view. */
export function RevocationMatrix() {
  const [event, setEvent] = useState<RevocationEvent>('user-changes-password');
  const [credential, setCredential] = useState<CredentialType>('password-token');
  const outcome = revocationOutcome(event, credential);
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField<RevocationEvent>
          label="Event"
          value={event}
          options={EVENT_OPTIONS}
          onChange={setEvent}
        />
        <SelectField<CredentialType>
          label="Credential type"
          value={credential}
          options={CREDENTIAL_OPTIONS}
          onChange={setCredential}
        />
      </div>
      <p
        aria-live="polite"
        className={`rounded-md border p-2 text-sm ${
          outcome === 'revoked'
            ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100'
            : 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100'
        }`}
      >
        <strong>{outcome === 'revoked' ? 'Revoked' : 'Stays alive'}.</strong>{' '}
        {explainRevocation(event, credential)}
      </p>
      <ScrollArea label="Revocation matrix">
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-xs text-slate-700 dark:text-slate-300">
            Refresh-token revocation by event and credential type. Non-password sign-ins:{' '}
            {NON_PASSWORD_SIGN_INS.join(', ')}.
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3">
                Event
              </th>
              {CREDENTIAL_TYPES.map((type) => (
                <th key={type} scope="col" className="px-2 py-1 font-semibold">
                  {CREDENTIAL_LABELS[type]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {REVOCATION_EVENTS.map((row) => (
              <tr key={row}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {EVENT_LABELS[row]}
                </th>
                {CREDENTIAL_TYPES.map((type) => {
                  const cell = revocationOutcome(row, type);
                  const chosen = row === event && type === credential;
                  return (
                    <td
                      key={type}
                      className={`px-2 py-1 ${
                        cell === 'revoked'
                          ? 'font-semibold text-red-800 dark:text-red-300'
                          : 'text-emerald-800 dark:text-emerald-300'
                      } ${chosen ? 'rounded outline-2 outline-amber-500' : ''}`}
                    >
                      {cell}
                      {chosen ? <span className="sr-only"> (selected)</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
