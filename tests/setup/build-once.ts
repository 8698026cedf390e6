// Builds the deck once for all browser tests, into out/test-dist (so a developer's dist/ is left alone).

import type { TestProject } from 'vitest/node';
import { buildDeck } from '../../src/build/run-build.ts';

export const TEST_DIST = 'out/test-dist';

export default async function setup(project: TestProject): Promise<void> {
  const dir = await buildDeck(TEST_DIST, { quiet: true });
  project.provide('distDir', dir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}
