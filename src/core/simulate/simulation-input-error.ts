import { TokenscopeError } from '../errors.ts';

export type SimulationInputErrorCode =
  | 'missing'
  | 'not-a-number'
  | 'not-whole'
  | 'out-of-range'
  | 'unknown-policy'
  | 'renewal-too-early'
  | 'sif-without-conditional-access'
  | 'too-much-work';

/** A simulator input the model cannot run with; `field` says which input to fix. */
export class SimulationInputError<Field extends string = string> extends TokenscopeError {
  readonly code: SimulationInputErrorCode;
  readonly field: Field;

  constructor(code: SimulationInputErrorCode, field: Field, message: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}
