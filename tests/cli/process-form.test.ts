// How a command's process starts, one form everywhere (src/load/node-args.ts): package.json's
// scripts, the tests' real processes (tests/support/cli.ts runProcess) and bench (src/bench/) all
// run `node <NODE_ARGS> src/cli/<name>.ts`, with no tsx wrapper process in between; the V8 options
// in it are ones this Node knows; and the test workers run with the same options.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_ARGS, V8_FLAGS } from '../../src/load/node-args.ts';
import { PROJECT_ROOT } from '../../src/load/project-root.ts';

const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('a command process', () => {
  it('is started by package.json as `node <NODE_ARGS> src/cli/<name>.ts`, for every command in src/cli/', () => {
    const entries = readdirSync(join(PROJECT_ROOT, 'src/cli/commands')).map((f) => f.replace(/\.ts$/, '')).filter((name) => name !== 'review-translation');
    expect(entries.length).toBeGreaterThan(5);
    for (const name of entries) {
      const script = Object.entries(scripts).find(([, line]) => line.includes(`src/cli/${name}.ts`));
      expect(script, `package.json has no script for src/cli/${name}.ts`).toBeDefined();
      expect(script![1], `package.json "${script![0]}"`).toBe(`node ${NODE_ARGS.join(' ')} src/cli/${name}.ts`);
    }
    // No script starts through the tsx wrapper, which costs a second Node process per command.
    expect(Object.values(scripts).filter((line) => /^tsx\s/.test(line))).toEqual([]);
  });

  it('sets only V8 options this Node accepts (a misspelt one is refused here)', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    for (const flag of V8_FLAGS) {
      const run = spawnSync(process.execPath, [flag, '-e', ''], { encoding: 'utf8' });
      expect({ flag, status: run.status, stderr: run.stderr }).toEqual({ flag, status: 0, stderr: '' });
    }
    const misspelt = spawnSync(process.execPath, [`${V8_FLAGS[0]}x`, '-e', ''], { encoding: 'utf8' });
    expect(misspelt.status).not.toBe(0);
  });

  it('runs the tests with the same V8 options (vitest.config.ts passes them to every worker)', () => {
    for (const flag of V8_FLAGS) expect(process.execArgv).toContain(flag);
  });
});
