import type { SignInError } from '../../../core/sign-in/sign-in-errors.ts';

/**
 * Thrown inside the sign-in when an ID token came back but is refused: it carries the token,
 * so that the page can still show what was refused (never as a successful sign-in).
 */
export class RejectedIdToken extends Error {
  readonly error: SignInError;
  readonly idToken: string | undefined;

  constructor(error: SignInError, idToken: string | undefined) {
    super(error.message, { cause: error });
    this.error = error;
    this.idToken = idToken;
  }
}
