// The clinical review record. Do not edit by hand: `npm run review -- --name "…" --role "…"`
// writes it with the content's hashes, so the deck shows "Reviewed by …" only while the content is
// exactly what was reviewed. `npm run review -- --clear` removes the record.

import { defineReview } from "./define.ts";

export default defineReview(null);
