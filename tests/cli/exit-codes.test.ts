// One table of exit codes for every command (src/exit/exit-codes.ts), and the README shows exactly
// that table: a code changed in one place and not the other fails here.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_TABLE } from '../../src/exit/exit-codes.ts';

describe('exit codes', () => {
  it('are distinct, and each has a line in the table', () => {
    const codes = Object.values(EXIT);
    expect(new Set(codes).size).toBe(codes.length);
    expect(EXIT_TABLE.map(([code]) => code).sort((a, b) => a - b)).toEqual([...codes].sort((a, b) => a - b));
  });

  it('are documented in the README as they are in the code', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]] as const);
    expect(rows).toEqual(EXIT_TABLE.map(([code, text]) => [code, text]));
  });
});
