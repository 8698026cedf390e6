// The command line of a command that takes few options (build, build:single, bench): parsed
// strictly, so an unknown option or a stray word stops the command with exit 2 and its usage,
// before any work (a typo such as `--editon short` must not build the full deck and exit 0).

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../exit/cli-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values of the options given: a string for a string option, true for a flag. */
export type ArgValues<O extends Options> = { readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** The options given, or UsageError naming what was wrong, followed by the usage. */
export function strictArgs<O extends Options>(argv: readonly string[], options: O, usage: string, positionals = false): { values: ArgValues<O>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: positionals });
    return { values: parsed.values as ArgValues<O>, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message.replace(/\. To specify a positional argument.*$/s, '.')}\n${usage}`);
  }
}
