// HTML_CodeSniffer (the checker pa11y runs) in the deck page, injected with page.evaluate like
// axe-core (the deck's CSP blocks the inline <script> page.addScriptTag would add).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const HTMLCS_SOURCE = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

export interface HtmlcsMessage {
  readonly type: 'error' | 'warning' | 'notice';
  readonly code: string;
  readonly message: string;
  /** The element, as a short selector-like description. */
  readonly element: string;
}

/** Runs a standard (default WCAG2AA) on the whole document; errors and warnings only. */
export async function runHtmlcs(page: Page, standard = 'WCAG2AA'): Promise<HtmlcsMessage[]> {
  if (!(await page.evaluate(() => 'HTMLCS' in window))) await page.evaluate(`${HTMLCS_SOURCE}\n;window.HTMLCS = HTMLCS;`);
  return page.evaluate(
    (std) =>
      new Promise<HtmlcsMessage[]>((resolve, reject) => {
        type Msg = { type: number; code: string; msg: string; element: Element };
        const htmlcs = (window as unknown as { HTMLCS: { process(s: string, el: Document, ok: () => void, fail: (e: unknown) => void): void; getMessages(): Msg[] } }).HTMLCS;
        htmlcs.process(
          std,
          document,
          () =>
            resolve(
              htmlcs
                .getMessages()
                .filter((m) => m.type === 1 || m.type === 2)
                .map((m) => ({ type: m.type === 1 ? 'error' : 'warning', code: m.code, message: m.msg, element: m.element.nodeType === 1 ? `${m.element.localName}${m.element.id ? `#${m.element.id}` : ''}${m.element.getAttribute('href') ? `[href="${m.element.getAttribute('href')}"]` : ''}` : String(m.element.nodeName) })),
            ),
          reject,
        );
      }),
    standard,
  );
}
