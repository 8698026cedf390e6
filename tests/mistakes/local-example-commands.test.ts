// Issue 23, weak case W17, side by side: slides/local.ts's example uncommented as the file says,
// but its last line (`export default defineLocal({});`) kept. Before, `npm run check` and
// `npm run build` said different things about it, and one said nothing. Now both stop with exit 3
// and the same located line saying which line to delete; nothing is built.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy, type Run } from '../support/project-copy.ts';

describe('slides/local.ts with its example uncommented and the empty one kept: check and build', { timeout: 240_000 }, () => {
  let copy: ProjectCopy;
  const runs: Record<'check' | 'build' | 'checkProcess' | 'buildProcess', Run> = {} as never;
  beforeAll(async () => {
    copy = copyProject('local-example');
    const uncommented = copy.read('slides/local.ts').replace(/^\/\/ ?(?=export default|  |\}\);)/gm, '');
    expect(uncommented).toContain("  organization: 'Riverside Cancer Center',");
    copy.write('slides/local.ts', uncommented);
    runs.check = await copy.main('check', ['--no-fit']);
    runs.build = await copy.main('build', []);
    // As a person runs them (npm run check / build: their own processes, and their own loader).
    runs.checkProcess = await copy.run('check', ['--no-fit']);
    runs.buildProcess = await copy.run('build', []);
  }, 240_000);
  afterAll(() => copy?.dispose());

  const located = (run: Run) => run.stderr.split('\n').filter((l) => /slides\/local\.ts:\d+:\d+ › /.test(l)).map((l) => l.trim().replace(/^- /, ''));

  it('both exit 3, in this process and as commands of their own', () => {
    for (const run of Object.values(runs)) expect(run.code, run.stderr).toBe(EXIT.invalidDeck);
  });

  it('both say the same, located line: which line to delete', () => {
    const check = located(runs.check);
    expect(check).toHaveLength(1);
    expect(check[0]).toMatch(/slides\/local\.ts:\d+:\d+ › syntax: .*delete the other, `export default defineLocal\(\{\}\);`/);
    expect(located(runs.build)).toEqual(check);
    // The commands' own processes name the same fix (their parser points at the other default export's line).
    const asCommands = [located(runs.checkProcess), located(runs.buildProcess)];
    expect(asCommands[1]).toEqual(asCommands[0]);
    expect(asCommands[0]).toHaveLength(1);
    expect(asCommands[0]![0]!.replace(/:\d+:\d+ › /, ' › ').replace(/line \d+/, 'line N')).toBe(check[0]!.replace(/:\d+:\d+ › /, ' › ').replace(/line \d+/, 'line N').replace('A module cannot have multiple default exports', 'Multiple exports with the same name "default"'));
  });

  it('the build wrote nothing', () => {
    expect(existsSync(join(copy.root, 'dist'))).toBe(false);
  });
});
