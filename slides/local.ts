// Your clinic's own details. Every field is optional: leave out what you do not want to show.
// With nothing set, the deck says "your care team" and shows no contact details.
//
// Example (remove the // at the start of each line you use, then delete the last line,
// `export default defineLocal({});`, so the file has one `export default`):
//
// export default defineLocal({
//   organization: 'Riverside Cancer Center',
//   presenter: { name: 'Dana Lee', role: 'Oncology nurse educator' },
//   contact: {
//     phone: '(555) 010-0199',
//     hours: 'Monday to Friday, 8 am to 5 pm',
//     website: 'https://example.org/breast-care',
//     email: 'nurse.line@example.org',
//   },
//   talkDate: '2026-12-03',
// });

import { defineLocal } from './define.ts';

export default defineLocal({});
