/**
 * One error hierarchy for everything core computes. Errors are values: core functions return
 * them rather than throw them to the UI, and the UI switches on `code`, which never changes
 * once published.
 */
export abstract class TokenscopeError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
