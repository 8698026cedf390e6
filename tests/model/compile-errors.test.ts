// Compile-time rules: each fixture in tests/fixtures/compile-errors/ breaks one rule the types
// enforce, and names the TypeScript error it must produce. If a type is loosened so that a
// fixture compiles, this test fails.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '../fixtures/compile-errors');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => join(DIR, f));

function compile(): Map<string, string[]> {
  const config = ts.readConfigFile(resolve(import.meta.dirname, '../../tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, resolve(import.meta.dirname, '../..'));
  const program = ts.createProgram(files, { ...parsed.options, noUnusedLocals: false });
  const byFile = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName ?? '(global)';
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    byFile.set(name, [...(byFile.get(name) ?? []), `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`]);
  }
  return byFile;
}

describe('content that must not compile', () => {
  const diagnostics = compile();

  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(7));

  it('reports errors only in the fixtures (the real slides compile)', () => {
    const elsewhere = [...diagnostics.keys()].filter((f) => !f.startsWith(DIR));
    expect(elsewhere).toEqual([]);
  });

  for (const file of files) {
    const expected = /^\/\/ expect: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
    it(`${file.slice(DIR.length + 1)} fails with "${expected}"`, () => {
      expect(expected, 'fixture must start with "// expect: <message>"').toBeTruthy();
      const found = diagnostics.get(file) ?? [];
      expect(found.join('\n')).toContain(expected!);
    });
  }
});
