import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-2',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['prasad2025', 'medicalxpress2017', 'telegraph2017', 'esserman2017'] }],
  notes: {
    say: ['More sources: news reports, and the letter from other experts. We say in brackets what each page is.'],
    question: 'Why use news reports at all?',
    answer: 'Some facts, like the number of women, were only found in reports about the study. We marked those sources as news reports.',
  },
});
