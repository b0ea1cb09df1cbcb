/** The part of fast-formula-parser (MIT, ships no types) the emulator's formula engine uses. */
declare module 'fast-formula-parser' {
  interface Position { sheet: string; row: number; col: number }
  interface Config {
    functions?: Record<string, (...args: unknown[]) => unknown>;
    onCell?: (ref: Position) => unknown;
    onRange?: (ref: { sheet: string; from: Position; to: Position }) => unknown[][];
  }
  export default class FormulaParser {
    static FormulaError: new (error: string) => Error;
    constructor(config?: Config);
    /** Evaluates `formula` (no leading '=') as if it stood at `position`; throws on a syntax error. */
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
  }
}
