// Watches a page for what must never happen when presenting: requests to other origins,
// failed requests, console errors and uncaught exceptions.

import type { Page, Request } from 'playwright-core';

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
  // A request still pending when the page navigates (reload, a new URL) is aborted by the browser:
  // typically the favicon, fetched after `load`. That is the test leaving, not the deck failing.
  let navigations = 0;
  const issuedDuring = new WeakMap<Request, number>();
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigations++;
    issuedDuring.set(req, navigations);
  });
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'failed';
    const leftBehind = error === 'net::ERR_ABORTED' && navigations > (issuedDuring.get(req) ?? navigations);
    if (ownOrigin(req.url()) && !leftBehind) incidents.failed.push(`${req.url()} (${error})`);
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
