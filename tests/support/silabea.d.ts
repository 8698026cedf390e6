// Types for `silabea` 1.0.0 (CommonJS, ships no types), the Spanish syllabifier used only as a
// test oracle by tests/check/spanish-readability.test.ts. Only the fields the test reads.
declare module 'silabea' {
  interface SilabeaResult {
    readonly palabra: string;
    readonly numeroSilaba: number;
    readonly silabas: ReadonlyArray<{ readonly inicioPosicion: number; readonly silaba: string }>;
  }
  const silabea: { getSilabas(word: string): SilabeaResult };
  export default silabea;
}
