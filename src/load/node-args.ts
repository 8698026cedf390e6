// How a command's process starts, defined once: `node <NODE_ARGS> src/cli/<name>.ts`. package.json's
// scripts spell it out (tests/cli/process-form.test.ts holds them to it), and the tests' real
// processes (tests/support/cli.ts) and bench (src/bench/) start commands with it. No tsx wrapper
// process in between (it costs a second Node start, about 0.2 s a command).
//
// --no-regexp-tier-up: V8 first runs a new regular expression in its bytecode interpreter, then
// compiles it again to machine code once it has run a few times. The checker's rules run most of
// their patterns hundreds of times, so nearly every one was compiled twice. Compiling each
// straight to machine code measured 0.3 s less for `npm run check -- --no-fit` (median of 7
// interleaved runs, 2 cores). It changes how a pattern is compiled, never what it matches. It is
// given on the command line: set at run time (v8.setFlagsFromString) it crashed Node (a
// segmentation fault in 1 of 15 PDF exports).
export const V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/** Node's arguments before a command's file. */
export const NODE_ARGS: readonly string[] = [...V8_FLAGS, '--import', 'tsx'];
