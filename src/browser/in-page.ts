// Running our page-side functions (src/export/page/*) in the deck's page.
//
// Playwright serialises a function with toString(). Under tsx, esbuild's keepNames rewrites
// named inner functions to `__name(fn, "fn")`, a helper that exists only in Node, so the page
// would throw "ReferenceError: __name is not defined". The expression below defines a no-op
// `__name` around the function; under transforms that do not add it, it is simply unused.

import type { Page } from 'playwright-core';

/** A JS expression that calls `fn(arg)`; `arg` must be JSON. */
function callExpression<A, R>(fn: (arg: A) => R, arg?: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}

/** Runs a self-contained page-side function with a JSON argument; resolves with its (awaited) result. */
export async function inPage<A, R>(page: Page, fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
  return (await page.evaluate(callExpression(fn, arg))) as Awaited<R>;
}
