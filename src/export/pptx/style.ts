// The PowerPoint file's font and colours.
//
// Font: Arial. A clinic PC running PowerPoint has it (every Windows and macOS install does), and
// Debian's Liberation Sans (fonts-liberation2) has the same metrics, so LibreOffice lays the text
// out as PowerPoint does and the boxes sized by metrics.ts fit in both. The deck's own font,
// Atkinson Hyperlegible Next, is not on clinic PCs; PPTX has no per-run fallback list, and font
// embedding is not something pptxgenjs can do (its PR #1302 is open), works in PowerPoint only
// (per that thread) and needs TrueType files the project does not ship (@fontsource has WOFF/WOFF2
// only, which LibreOffice ignores). So the file names Arial and never relies on a substitute.
//
// Colours: the same values as src/theme/tokens.css (a test keeps the two in step), each text
// colour at least 7:1 on the fill it sits on.

export const FONT = 'Arial';

export const COLOR = {
  paper: 'FFFFFF',
  ink: '141414',
  inkSoft: '2E2E2E',
  accent: '0B3D6E',
  accentTint: 'E8F0F9',
  caution: '6B4300',
  cautionTint: 'FDF0D5',
  trial: '1D5E2F',
  trialTint: 'E3F3E6',
  neutralTint: 'EFEFEF',
  rule: '5A5A5A',
} as const;

/** tokens.css custom property for each colour above (the test reads them from there). */
export const TOKEN_OF: { readonly [K in keyof typeof COLOR]: string } = {
  paper: '--paper',
  ink: '--ink',
  inkSoft: '--ink-soft',
  accent: '--accent',
  accentTint: '--accent-tint',
  caution: '--caution',
  cautionTint: '--caution-tint',
  trial: '--trial',
  trialTint: '--trial-tint',
  neutralTint: '--neutral-tint',
  rule: '--rule',
};

/**
 * The chart's bars: the accent, then a lighter blue that is still 3:1 on white (WCAG 1.4.11) and
 * clearly lighter in greyscale print. One colour per series, so pptxgenjs never picks one at
 * random (it does when a chart has more series than colours).
 */
export const SERIES_COLORS = ['0B3D6E', '5B84B1', '6B4300', '1D5E2F'] as const;

/** Frames: a callout's and the evidence badge's fill and border. */
export const FRAME = {
  'key-point': { fill: COLOR.accentTint, line: COLOR.accent },
  caveat: { fill: COLOR.cautionTint, line: COLOR.caution },
  badge: { fill: COLOR.neutralTint, line: COLOR.rule },
} as const;
