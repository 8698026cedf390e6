// Watches a page for what must never happen when presenting: requests to other origins,
// failed requests, console errors and uncaught exceptions.

import type { Page } from 'playwright-core';

export interface PageIncidents {
  /** Requests to any origin other than the deck's own (full URLs). */
  readonly offOrigin: string[];
  /** Requests that failed or returned HTTP 4xx/5xx. */
  readonly failed: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/**
 * Starts recording incidents on `page`. `origin` is the deck's origin (e.g. http://127.0.0.1:4173);
 * `file://` decks pass "file://". With `block: true`, off-origin requests are also aborted.
 */
export async function guardPage(page: Page, origin: string, options: { block?: boolean } = {}): Promise<PageIncidents> {
  const incidents: PageIncidents = { offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] };
  const ownOrigin = (url: string) =>
    origin === 'file://' ? url.startsWith('file://') || url.startsWith('data:') || url.startsWith('blob:') : url.startsWith(origin + '/') || url === origin || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!ownOrigin(url)) {
      incidents.offOrigin.push(url);
      if (options.block) return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // net::ERR_ABORTED is the browser cancelling a request itself: the page navigated or reloaded
  // while it was pending (typically the favicon, fetched after `load`), or a frame went away.
  // That is the page being left, not the deck failing, and whether it happens depends only on
  // timing (a busy machine makes it likely). A request the deck needs and cannot get fails with
  // an HTTP status (below) or another net:: error.
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'failed';
    if (ownOrigin(req.url()) && error !== 'net::ERR_ABORTED') incidents.failed.push(`${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) incidents.failed.push(`${res.url()} (HTTP ${res.status()})`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') incidents.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => incidents.pageErrors.push(error.message));
  return incidents;
}
