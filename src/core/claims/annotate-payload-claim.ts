import type { JsonValue } from '../token/parse-json.ts';
import type {
  AnnotationContext,
  AnnotationNote,
  ClaimAnnotation,
  ValueItem,
} from './claim-annotation.ts';
import { countLabel, revealAnnotation } from './claim-annotation.ts';
import { isNumericDateClaim } from './claim-registry.ts';
import { DEFAULT_MEMBER_ROLE_ID, lookupDirectoryRole } from './directory-roles.ts';
import {
  detectTokenVersion,
  isPersonalAccountTenant,
  parseMicrosoftIssuer,
} from './microsoft-issuer.ts';
import { describeResource, microsoftFirstPartyResource } from './microsoft-resources.ts';
import { annotateNumericDate, looksLikeMilliseconds } from './numeric-date.ts';
import { inspectUrl } from './safe-link.ts';
import { classifyPayload } from './token-kind.ts';
import {
  ACCOUNT_STATUS,
  AUTHENTICATION_METHODS,
  CLIENT_AUTHENTICATION,
  OIDC_SCOPES,
} from './value-meanings.ts';

type Annotator = (value: JsonValue, context: AnnotationContext) => ClaimAnnotation;

const info = (text: string): AnnotationNote => ({ tone: 'info', text });
const warning = (text: string): AnnotationNote => ({ tone: 'warning', text });
const notes = (...list: AnnotationNote[]): ClaimAnnotation => ({ notes: list });

/** A string or an array of strings as a list; undefined for any other shape. */
function stringList(value: JsonValue): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value as string[];
  }
  return undefined;
}

function listOf(
  value: JsonValue,
  singular: string,
  meaning: (item: string) => string | undefined = () => undefined,
): ClaimAnnotation {
  const items = stringList(value);
  if (!items)
    return notes(warning(`Expected a list of strings, but this is ${describeShape(value)}.`));
  return {
    list: {
      label: countLabel(items.length, singular),
      items: items.map((item) => withMeaning(item, meaning(item))),
    },
    notes: [],
  };
}

function withMeaning(value: string, meaning: string | undefined): ValueItem {
  return meaning === undefined ? { value } : { value, meaning };
}

function describeShape(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array with values that are not strings';
  return `a ${typeof value}`;
}

function splitScopes(value: JsonValue): ClaimAnnotation {
  if (typeof value !== 'string') {
    return notes(
      warning(`Scopes should be one space-separated string, but this is ${describeShape(value)}.`),
    );
  }
  const scopes = value.split(/\s+/).filter((scope) => scope !== '');
  return {
    list: {
      label: countLabel(scopes.length, 'scope'),
      items: scopes.map((scope) => withMeaning(scope, OIDC_SCOPES.get(scope))),
    },
    notes: [],
  };
}

function explainCode(table: ReadonlyMap<string, string>, what: string): Annotator {
  return (value) => {
    const meaning =
      typeof value === 'string' || typeof value === 'number' ? table.get(String(value)) : undefined;
    return meaning === undefined
      ? notes(
          warning(
            `${JSON.stringify(value)} is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} value Tokenscope knows.`,
          ),
        )
      : notes(info(`${String(value)}: ${meaning}.`));
  };
}

function annotateDate(name: string, value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  const iat = context.payload?.iat;
  // Older Microsoft tokens give pwd_exp as seconds after iat, not as a date.
  if (name === 'pwd_exp' && typeof value === 'number' && value < 1e9 && typeof iat === 'number') {
    const date = annotateNumericDate(iat + value, context.now);
    return {
      ...(date ? { date } : {}),
      notes: [info(`${value} seconds after iat: read as a duration, not as a date.`)],
    };
  }
  const date = annotateNumericDate(value, context.now);
  if (!date) {
    return notes(
      warning(
        `A date claim must be a number of seconds since 1970 (a NumericDate), but this is ${typeof value === 'string' ? 'a string' : describeShape(value)}. Verifiers may ignore it or reject the token.`,
      ),
    );
  }
  const list: AnnotationNote[] = [];
  if (looksLikeMilliseconds(value) && date.asMilliseconds) {
    list.push(
      warning(
        `This looks like milliseconds, not seconds: read as seconds it is ${date.relative}; read as milliseconds it would be ${date.asMilliseconds.utc ?? 'out of range'} (${date.asMilliseconds.relative}).`,
      ),
    );
  }
  return { date, notes: list };
}

function microsoftApiNote(value: JsonValue): AnnotationNote[] {
  const resource = microsoftFirstPartyResource(value);
  if (!resource) return [];
  return [
    info(
      `${describeResource(resource)}, a Microsoft API: only ${resource.name} validates this token. Third parties cannot validate it, and clients must not parse it.`,
    ),
  ];
}

function annotateAudience(value: JsonValue): ClaimAnnotation {
  if (typeof value === 'string') {
    return notes(
      info('Single audience: only this recipient may accept the token.'),
      ...microsoftApiNote(value),
    );
  }
  const items = stringList(value);
  if (!items) {
    return notes(
      warning(`An audience is a string or a list of strings, but this is ${describeShape(value)}.`),
    );
  }
  if (items.length === 0) {
    return notes(warning('The audience list is empty: no recipient should accept this token.'));
  }
  return {
    list: {
      label: countLabel(items.length, 'audience'),
      items: items.map((item) => withMeaning(item, microsoftFirstPartyResource(item)?.name)),
    },
    notes: [
      items.length === 1
        ? info('Single audience, in a list: only this recipient may accept the token.')
        : info(
            'Several audiences: each recipient must find itself in the list, and every one of them could replay the token to the others.',
          ),
      ...microsoftApiNote(value),
    ],
  };
}

function annotateRoles(value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  const annotation = listOf(value, 'role');
  // The same judgement as the token kind, so the Summary and this note never disagree.
  const appOnly =
    context.payload !== undefined &&
    classifyPayload(context.payload, context.header).access === 'app-only';
  if (annotation.list) {
    annotation.notes.push(
      info(
        appOnly
          ? 'No scp claim: these are application permissions granted to the app itself (app-only).'
          : 'Roles given to the signed-in user in this application.',
      ),
    );
  }
  return annotation;
}

function annotateWids(value: JsonValue): ClaimAnnotation {
  return listOf(value, 'directory role', (id) => {
    if (id.toLowerCase() === DEFAULT_MEMBER_ROLE_ID) {
      return 'not in Microsoft’s published list; seen in the tokens of ordinary member users';
    }
    return lookupDirectoryRole(id) ?? 'not a built-in role Tokenscope knows';
  });
}

function annotateTenant(value: JsonValue): ClaimAnnotation {
  if (isPersonalAccountTenant(value)) {
    return notes(
      info(
        'Personal Microsoft account: this is the tenant of consumer accounts (Outlook.com, Xbox, Skype), not a work or school directory.',
      ),
    );
  }
  return notes();
}

function annotateIdentityProvider(value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  const iss = context.payload?.iss;
  if (typeof value !== 'string' || value === iss) return notes();
  const personal =
    value === 'live.com' || isPersonalAccountTenant(parseMicrosoftIssuer(value)?.tenantId)
      ? ' with a personal Microsoft account'
      : '';
  return notes(
    info(
      `Guest: the user was authenticated by ${value}${personal}, not by the tenant that issued the token.`,
    ),
  );
}

function annotateIssuer(value: JsonValue): ClaimAnnotation {
  const issuer = parseMicrosoftIssuer(value);
  if (!issuer) return notes();
  const list = [
    info(`Microsoft identity platform ${issuer.version} issuer format, tenant ${issuer.tenantId}.`),
  ];
  if (isPersonalAccountTenant(issuer.tenantId))
    list.push(info('Issued for a personal Microsoft account.'));
  return notes(...list);
}

function annotateVersion(value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  const detected = context.payload ? detectTokenVersion(context.payload) : undefined;
  if (!detected || detected.from !== 'ver') {
    return notes(
      warning(`${JSON.stringify(value)} is not a Microsoft token version ("1.0" or "2.0").`),
    );
  }
  const list = [info(`${detected.version} token format.`)];
  const issuer = parseMicrosoftIssuer(context.payload?.iss);
  if (issuer && issuer.version !== detected.version) {
    list.push(
      warning(`The issuer has the ${issuer.version} format, but ver says ${detected.version}.`),
    );
  }
  return notes(...list);
}

const OVERAGE =
  'Group overage: the user is in more groups than fit in the token, so it leaves them out; the app must read the groups from Microsoft Graph.';

function annotateClaimNames(value: JsonValue): ClaimAnnotation {
  const hasGroups =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'groups' in value;
  return hasGroups ? notes(info(OVERAGE)) : notes();
}

function annotateClaimSources(_value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  return annotateClaimNames(context.payload?._claim_names ?? null);
}

function annotateHasGroups(value: JsonValue): ClaimAnnotation {
  return value === true
    ? notes(
        info(
          'The user is in groups, but the list was left out to keep the token short (it travelled in a URL); the app must read the groups from Microsoft Graph.',
        ),
      )
    : notes();
}

function annotateTokenType(value: JsonValue): ClaimAnnotation {
  if (value === 'app')
    return notes(info('App-only: an application acting as itself, with no user.'));
  if (value === 'user') return notes(info('A signed-in user.'));
  return notes();
}

function annotateClientCapabilities(value: JsonValue): ClaimAnnotation {
  const items = stringList(value);
  if (items?.includes('cp1')) {
    return notes(
      info(
        'cp1: the client can handle claims challenges, so it can receive long-lived tokens under Continuous Access Evaluation.',
      ),
    );
  }
  return notes();
}

function annotateAcr(value: JsonValue, context: AnnotationContext): ClaimAnnotation {
  if (value === '0')
    return notes(info('"0": the sign-in did not meet the ISO/IEC 29115 requirements.'));
  const microsoft = context.payload ? detectTokenVersion(context.payload) : undefined;
  if (value === '1' && microsoft)
    return notes(info('"1": the sign-in met the ISO/IEC 29115 requirements (v1.0 token).'));
  return notes();
}

const ANNOTATORS: ReadonlyMap<string, Annotator> = new Map<string, Annotator>([
  ['aud', annotateAudience],
  ['scp', splitScopes],
  ['scope', splitScopes],
  ['roles', annotateRoles],
  ['groups', (value) => listOf(value, 'group')],
  ['entitlements', (value) => listOf(value, 'entitlement')],
  ['amr', (value) => listOf(value, 'method', (method) => AUTHENTICATION_METHODS.get(method))],
  ['acr', annotateAcr],
  ['appidacr', explainCode(CLIENT_AUTHENTICATION, 'client authentication')],
  ['azpacr', explainCode(CLIENT_AUTHENTICATION, 'client authentication')],
  ['acct', explainCode(ACCOUNT_STATUS, 'account status')],
  ['wids', annotateWids],
  ['tid', annotateTenant],
  ['idp', annotateIdentityProvider],
  ['iss', annotateIssuer],
  ['ver', annotateVersion],
  ['_claim_names', annotateClaimNames],
  ['_claim_sources', annotateClaimSources],
  ['hasgroups', annotateHasGroups],
  ['idtyp', annotateTokenType],
  ['xms_cc', annotateClientCapabilities],
]);

/** Explains one payload claim's value in the light of the rest of the token. */
export function annotatePayloadClaim(
  name: string,
  value: JsonValue,
  context: AnnotationContext,
): ClaimAnnotation {
  if (isNumericDateClaim(name)) return revealAnnotation(annotateDate(name, value, context));
  const annotator = ANNOTATORS.get(name);
  const annotation = annotator ? annotator(value, context) : notes();
  // A URL that opens another host than it shows is never linked: say so where it stands.
  const deceptive = typeof value === 'string' ? inspectUrl(value)?.explanation : undefined;
  if (deceptive) annotation.notes.push(warning(`Not a link: ${deceptive}`));
  return revealAnnotation(annotation);
}
