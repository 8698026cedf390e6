// `npm run dev`: a change under slides/ (or to the figures) reloads every open page; an invalid
// deck shows Vite's error overlay naming the slide, field and fix. Other editions' pages
// (/short.html) and raster figures, which exist only in the build, are served from the templates
// and slides/figures/. The slides are read through Vite's module runner, fresh on every check.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { DeckValidationError, formatProblem } from '../model/errors.ts';
import { handoutPage } from '../model/manifest.ts';
import { FULL_EDITION } from '../model/types.ts';
import type { DeckPluginOptions } from './deck-plugin.ts';
import { compileWithRunner } from './module-runner.ts';

/** Every file under a folder with its size and modification time: changes when any file does. */
function folderSignature(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [`${join(d, e.name)}:${statSync(join(d, e.name)).size}:${statSync(join(d, e.name)).mtimeMs}`]));
  try {
    return walk(dir).sort().join('\n');
  } catch {
    return '';
  }
}

/**
 * Dev server: a change under slides/ (or to the figures) reloads every open page; an invalid
 * deck shows Vite's error overlay naming the slide, field and fix. Other editions' pages
 * (/short.html) are served from the same template.
 */
export function watchSlides(server: ViteDevServer, root: string, options: DeckPluginOptions): void {
  const slidesDir = resolve(root, options.deckModule ? resolve(root, options.deckModule, '..') : 'slides');
  server.watcher.add(slidesDir);
  let lastError: DeckValidationError | undefined;
  const overlay = (error: DeckValidationError) =>
    server.ws.send({
      type: 'error',
      err: { message: error.problems.map(formatProblem).join('\n'), stack: '', plugin: 'deck', id: error.problems[0]?.where ?? 'slides/index.ts' },
    });
  // One save can fire several events, and a check can finish after a later one started: only
  // the latest check's result is sent to the page. The watcher (chokidar) also drops a second
  // change to the same file within 50 ms of the first, so after each check the folder is looked
  // at once more, a little later, and checked again if it differs from what was checked.
  let latest = 0;
  let checked = '';
  const signature = () => folderSignature(slidesDir);
  const check = async (file: string) => {
    const mine = ++latest;
    const seen = signature();
    let error: unknown;
    try {
      await compileWithRunner(root, options);
    } catch (caught) {
      error = caught ?? new Error('unknown error');
    }
    if (mine !== latest) return;
    checked = seen;
    setTimeout(() => {
      if (mine === latest && signature() !== checked) void check(file);
    }, 120).unref();
    if (error === undefined) {
      lastError = undefined;
      server.ws.send({ type: 'full-reload', path: '*' });
      return;
    }
    if (!(error instanceof DeckValidationError)) {
      server.config.logger.error(`[deck] ${relative(root, file)}: ${(error as Error).message}`, { timestamp: true });
      return;
    }
    lastError = error;
    overlay(error);
    server.config.logger.error(`[deck] ${relative(root, file)}: ${error.message}`, { timestamp: true });
  };
  const onChange = (file: string) => {
    if (resolve(file).startsWith(slidesDir)) void check(file);
  };
  for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);
  server.ws.on('connection', () => {
    if (lastError) overlay(lastError);
  });
  // Other editions and raster figures: pages and files that exist only in the build.
  server.middlewares.use(async (req, res, next) => {
    const path = (req.url ?? '/').split(/[?#]/)[0]!;
    const figure = /^\/figures\/([a-z0-9][a-z0-9-]*\.(?:png|jpe?g|webp))$/.exec(path);
    if (figure && existsSync(join(slidesDir, 'figures', figure[1]!))) {
      res.setHeader('content-type', `image/${figure[1]!.split('.').pop()!.replace('jpg', 'jpeg')}`);
      res.end(readFileSync(join(slidesDir, 'figures', figure[1]!)));
      return;
    }
    if (!/^\/[a-z0-9-]+\.html$/.test(path) || path === '/index.html' || existsSync(join(root, path))) return next();
    try {
      const template = /^\/handout-[a-z0-9-]+\.html$/.test(path) ? handoutPage(FULL_EDITION) : 'index.html';
      const html = await server.transformIndexHtml(req.url!, readFileSync(join(root, template), 'utf8'), req.originalUrl);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(html);
    } catch (error) {
      next(error);
    }
  });
}
