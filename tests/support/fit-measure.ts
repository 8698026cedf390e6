// The one definition of "fits" lives with the page code (src/present/fit-measure.ts): `npm run
// check`, the dev server's overflow marker and these tests all measure with it.

export { measure, MIN_TEXT_PX, type MeasureArgs, type SlideFit, type Spill } from '../../src/present/fit-measure.ts';
