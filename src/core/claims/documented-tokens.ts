/**
 * The two access tokens of Microsoft's public documentation, "Access tokens in the
 * Microsoft identity platform" (learn.microsoft.com/entra/identity-platform/access-tokens,
 * section "Token formats"), copied character for character. In the documentation's words the
 * keys are changed and personal information removed, which prevents validation: each signature
 * is cut to 19 characters (14 bytes), and its last character even sets bits that encode nothing.
 * Their payloads are whatever Microsoft wrote; note that the v1.0 token's iss carries a tenant
 * id one digit short of a GUID, as published. Used by unit and browser tests.
 */

/** The documentation's v1.0 access token ("for Microsoft Entra-only applications"). */
export const DOCUMENTED_V1_ACCESS_TOKEN =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Imk2bEdrM0ZaenhSY1ViMkMzbkVRN3N5SEpsWSIsImtpZC' +
  'I6Imk2bEdrM0ZaenhSY1ViMkMzbkVRN3N5SEpsWSJ9.eyJhdWQiOiJlZjFkYTlkNC1mZjc3LTRjM2UtYTAwNS04NDB' +
  'jM2Y4MzA3NDUiLCJpc3MiOiJodHRwczovL3N0cy53aW5kb3dzLm5ldC9mYTE1ZDY5Mi1lOWM3LTQ0NjAtYTc0My0yO' +
  'WYyOTUyMjIyOS8iLCJpYXQiOjE1MzcyMzMxMDYsIm5iZiI6MTUzNzIzMzEwNiwiZXhwIjoxNTM3MjM3MDA2LCJhY3I' +
  'iOiIxIiwiYWlvIjoiQVhRQWkvOElBQUFBRm0rRS9RVEcrZ0ZuVnhMaldkdzhLKzYxQUdyU091TU1GNmViYU1qN1hPM' +
  '0libUQzZkdtck95RCtOdlp5R24yVmFUL2tES1h3NE1JaHJnR1ZxNkJuOHdMWG9UMUxrSVorRnpRVmtKUFBMUU9WNEt' +
  'jWHFTbENWUERTL0RpQ0RnRTIyMlRJbU12V05hRU1hVU9Uc0lHdlRRPT0iLCJhbXIiOlsid2lhIl0sImFwcGlkIjoiN' +
  'zVkYmU3N2YtMTBhMy00ZTU5LTg1ZmQtOGMxMjc1NDRmMTdjIiwiYXBwaWRhY3IiOiIwIiwiZW1haWwiOiJBYmVMaUB' +
  'taWNyb3NvZnQuY29tIiwiZmFtaWx5X25hbWUiOiJMaW5jb2xuIiwiZ2l2ZW5fbmFtZSI6IkFiZSAoTVNGVCkiLCJpZ' +
  'HAiOiJodHRwczovL3N0cy53aW5kb3dzLm5ldC83MmY5ODhiZi04NmYxLTQxYWYtOTFhYi0yZDdjZDAxMjIyNDcvIiw' +
  'iaXBhZGRyIjoiMjIyLjIyMi4yMjIuMjIiLCJuYW1lIjoiYWJlbGkiLCJvaWQiOiIwMjIyM2I2Yi1hYTFkLTQyZDQtO' +
  'WVjMC0xYjJiYjkxOTQ0MzgiLCJyaCI6IkkiLCJzY3AiOiJ1c2VyX2ltcGVyc29uYXRpb24iLCJzdWIiOiJsM19yb0l' +
  'TUVUyMjJiVUxTOXlpMmswWHBxcE9pTXo1SDNaQUNvMUdlWEEiLCJ0aWQiOiJmYTE1ZDY5Mi1lOWM3LTQ0NjAtYTc0M' +
  'y0yOWYyOTU2ZmQ0MjkiLCJ1bmlxdWVfbmFtZSI6ImFiZWxpQG1pY3Jvc29mdC5jb20iLCJ1dGkiOiJGVnNHeFlYSTM' +
  'wLVR1aWt1dVVvRkFBIiwidmVyIjoiMS4wIn0.D3H6pMUtQnoJAGq6AHd';

/** The documentation's v2.0 access token ("for applications that support consumer accounts"). */
export const DOCUMENTED_V2_ACCESS_TOKEN =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6Imk2bEdrM0ZaenhSY1ViMkMzbkVRN3N5SEpsWSJ9.eyJhd' +
  'WQiOiI2ZTc0MTcyYi1iZTU2LTQ4NDMtOWZmNC1lNjZhMzliYjEyZTMiLCJpc3MiOiJodHRwczovL2xvZ2luLm1pY3J' +
  'vc29mdG9ubGluZS5jb20vNzJmOTg4YmYtODZmMS00MWFmLTkxYWItMmQ3Y2QwMTFkYjQ3L3YyLjAiLCJpYXQiOjE1M' +
  'zcyMzEwNDgsIm5iZiI6MTUzNzIzMTA0OCwiZXhwIjoxNTM3MjM0OTQ4LCJhaW8iOiJBWFFBaS84SUFBQUF0QWFaTG8' +
  'zQ2hNaWY2S09udHRSQjdlQnE0L0RjY1F6amNKR3hQWXkvQzNqRGFOR3hYZDZ3TklJVkdSZ2hOUm53SjFsT2NBbk5aY' +
  '2p2a295ckZ4Q3R0djMzMTQwUmlvT0ZKNGJDQ0dWdW9DYWcxdU9UVDIyMjIyZ0h3TFBZUS91Zjc5UVgrMEtJaWpkcm1' +
  'wNjlSY3R6bVE9PSIsImF6cCI6IjZlNzQxNzJiLWJlNTYtNDg0My05ZmY0LWU2NmEzOWJiMTJlMyIsImF6cGFjciI6I' +
  'jAiLCJuYW1lIjoiQWJlIExpbmNvbG4iLCJvaWQiOiI2OTAyMjJiZS1mZjFhLTRkNTYtYWJkMS03ZTRmN2QzOGU0NzQ' +
  'iLCJwcmVmZXJyZWRfdXNlcm5hbWUiOiJhYmVsaUBtaWNyb3NvZnQuY29tIiwicmgiOiJJIiwic2NwIjoiYWNjZXNzX' +
  '2FzX3VzZXIiLCJzdWIiOiJIS1pwZmFIeVdhZGVPb3VZbGl0anJJLUtmZlRtMjIyWDVyclYzeERxZktRIiwidGlkIjo' +
  'iNzJmOTg4YmYtODZmMS00MWFmLTkxYWItMmQ3Y2QwMTFkYjQ3IiwidXRpIjoiZnFpQnFYTFBqMGVRYTgyUy1JWUZBQ' +
  'SIsInZlciI6IjIuMCJ9.pj4N-w_3Us9DrBLfpCt';

/** What the v1.0 token decodes to, member for member, in the documentation's order. */
export const DOCUMENTED_V1_HEADER = {
  typ: 'JWT',
  alg: 'RS256',
  x5t: 'i6lGk3FZzxRcUb2C3nEQ7syHJlY',
  kid: 'i6lGk3FZzxRcUb2C3nEQ7syHJlY',
};

export const DOCUMENTED_V1_PAYLOAD = {
  aud: 'ef1da9d4-ff77-4c3e-a005-840c3f830745',
  iss: 'https://sts.windows.net/fa15d692-e9c7-4460-a743-29f29522229/',
  iat: 1537233106,
  nbf: 1537233106,
  exp: 1537237006,
  acr: '1',
  aio: 'AXQAi/8IAAAAFm+E/QTG+gFnVxLjWdw8K+61AGrSOuMMF6ebaMj7XO3IbmD3fGmrOyD+NvZyGn2VaT/kDKXw4MIhrgGVq6Bn8wLXoT1LkIZ+FzQVkJPPLQOV4KcXqSlCVPDS/DiCDgE222TImMvWNaEMaUOTsIGvTQ==',
  amr: ['wia'],
  appid: '75dbe77f-10a3-4e59-85fd-8c127544f17c',
  appidacr: '0',
  email: 'AbeLi@microsoft.com',
  family_name: 'Lincoln',
  given_name: 'Abe (MSFT)',
  idp: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd0122247/',
  ipaddr: '222.222.222.22',
  name: 'abeli',
  oid: '02223b6b-aa1d-42d4-9ec0-1b2bb9194438',
  rh: 'I',
  scp: 'user_impersonation',
  sub: 'l3_roISQU222bULS9yi2k0XpqpOiMz5H3ZACo1GeXA',
  tid: 'fa15d692-e9c7-4460-a743-29f2956fd429',
  unique_name: 'abeli@microsoft.com',
  uti: 'FVsGxYXI30-TuikuuUoFAA',
  ver: '1.0',
};

/** What the v2.0 token decodes to. */
export const DOCUMENTED_V2_HEADER = {
  typ: 'JWT',
  alg: 'RS256',
  kid: 'i6lGk3FZzxRcUb2C3nEQ7syHJlY',
};

export const DOCUMENTED_V2_PAYLOAD = {
  aud: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
  iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
  iat: 1537231048,
  nbf: 1537231048,
  exp: 1537234948,
  aio: 'AXQAi/8IAAAAtAaZLo3ChMif6KOnttRB7eBq4/DccQzjcJGxPYy/C3jDaNGxXd6wNIIVGRghNRnwJ1lOcAnNZcjvkoyrFxCttv33140RioOFJ4bCCGVuoCag1uOTT22222gHwLPYQ/uf79QX+0KIijdrmp69RctzmQ==',
  azp: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
  azpacr: '0',
  name: 'Abe Lincoln',
  oid: '690222be-ff1a-4d56-abd1-7e4f7d38e474',
  preferred_username: 'abeli@microsoft.com',
  rh: 'I',
  scp: 'access_as_user',
  sub: 'HKZpfaHyWadeOouYlitjrI-KffTm222X5rrV3xDqfKQ',
  tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  uti: 'fqiBqXLPj0eQa82S-IYFAA',
  ver: '2.0',
};
