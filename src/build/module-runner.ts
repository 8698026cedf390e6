// Importing the deck's TypeScript modules from inside Vite (the dev server, which re-reads edited
// slides on every page load and save; commands load the deck natively instead), through one
// module runner for a whole load: the same thing Vite's `runnerImport` does for one module, kept
// open so the deck module, local.ts, review.ts and each slide file share one environment.
// Fresh per load, so an edited slide is always read again.

import { createRunnableDevEnvironment, resolveConfig } from 'vite';
import { loadDeckInput, type Importer } from '../load/deck-input.ts';
import { compileLoaded } from '../load/load-deck.ts';
import type { CompiledBuild, DeckPluginOptions } from './deck-plugin.ts';

interface RunnerSession {
  readonly importer: Importer;
  /** Files the imported modules came from (for the dev server's watcher). */
  files(): string[];
  close(): Promise<void>;
}

async function openRunner(root: string): Promise<RunnerSession> {
  const config = await resolveConfig(
    {
      root,
      configFile: false,
      envDir: false,
      logLevel: 'silent',
      environments: { inline: { consumer: 'server', dev: { moduleRunnerTransform: true }, resolve: { external: true, mainFields: [], conditions: ['node'] } } },
    },
    'serve',
  );
  const environment = createRunnableDevEnvironment('inline', config, { runnerOptions: { hmr: { logger: false } }, hot: false });
  await environment.init();
  return {
    importer: async (path) => (await environment.runner.import(path)) as Record<string, unknown>,
    files: () => [...environment.runner.evaluatedModules.urlToIdModuleMap.values()].flatMap((m) => (m.file ? [m.file] : [])),
    close: () => environment.close(),
  };
}

/**
 * Loads (through Vite's module runner, fresh each time, so an edited slide is read again),
 * validates and compiles every edition. Throws DeckValidationError (nothing half-done).
 */
export async function compileWithRunner(root: string, options: DeckPluginOptions = {}): Promise<CompiledBuild> {
  const runner = await openRunner(root);
  try {
    const { deckModule, localModule, reviewModule, handoutModule, figuresDir } = options;
    const input = await loadDeckInput({ deckModule, localModule, reviewModule, handoutModule, figuresDir, root, importer: runner.importer });
    return { ...compileLoaded(input), files: runner.files() };
  } finally {
    await runner.close();
  }
}
