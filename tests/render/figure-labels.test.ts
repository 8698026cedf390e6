// A drawing's width counted in its smallest label (src/render/figure.ts widthInLabels): what the
// reading view uses to decide whether a drawing's labels can be drawn at its smallest text size.

import { describe, expect, it } from 'vitest';
import { widthInLabels } from '../../src/render/figure.ts';

const svg = (inner: string, attrs = 'viewBox="0 0 560 400"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}</svg>`;

describe('widthInLabels', () => {
  it('divides the drawing’s width by its smallest label, sized on the text or a group around it', () => {
    expect(widthInLabels(svg('<g font-size="26"><text>Mice</text></g><text font-size="28">Trials</text>'))).toBe(21.54);
    expect(widthInLabels(svg('<text style="font-weight: 700; font-size: 20px">A</text>'))).toBe(28);
  });

  it('reads the width from the width attribute without a viewBox', () => {
    expect(widthInLabels(svg('<text font-size="30">A</text>', 'width="600" height="300"'))).toBe(20);
  });

  it('is undefined for a drawing without sized labels (nothing to keep readable)', () => {
    expect(widthInLabels(svg('<rect width="10" height="10"/>'))).toBeUndefined();
    expect(widthInLabels(svg('<text>unsized</text><text font-size="26">  </text>'))).toBeUndefined();
  });
});
