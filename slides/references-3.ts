import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-3',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['mdedgePierce', 'kim2023', 'rohan2014', 'borriello2020', 'metastat2017'] }],
  notes: {
    say: ['More sources: the later study by the same group, earlier doorway research, and a company press release.'],
    question: 'What is a press release?',
    answer: 'It is news written by a company or a college about its own work. We marked press releases as such, and used them with care.',
  },
});
