// The slide canvas in CSS pixels, defined once. reveal.js lays slides out at this size and
// scales them to the screen; the theme's type sizes are set against it; a PDF page is this size
// at 0.75 pt per px (1280×720 px → 960×540 pt).

export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

export type SlideSize = { readonly width: number; readonly height: number };

/** CSS px → PDF points (CSS: 96 px per inch; PDF: 72 pt per inch). */
export const PT_PER_PX = 0.75;
