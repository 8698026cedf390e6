// The clinical review record. Do not edit by hand: `npm run review -- --name "…" --role "…"`
// writes it with the content's hash, so the deck can show "Reviewed by …" only while the content
// is exactly what was reviewed.

import { defineReview } from './define.ts';

export default defineReview(null);
