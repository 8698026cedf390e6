// V8 options for the commands and the test workers, set once here (src/cli/command.ts sets them
// in a command's process; vitest.config.ts passes them to every test worker).
//
// --no-regexp-tier-up: V8 first runs a new regular expression in its bytecode interpreter, then
// compiles it again to machine code once it has run a few times. The checker's rules build about
// a thousand Unicode patterns and run most of them hundreds of times, so nearly every pattern is
// compiled twice, and a check pays for both. Compiling each straight to machine code measured
// 0.35–0.45 s less for `npm run check -- --no-fit` (whole command, median of 7 interleaved runs,
// 2 cores). It changes how a pattern is compiled, never what it matches.
export const V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
