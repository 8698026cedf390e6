import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-5',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['montefiore2024', 'korde2021', 'patent2018'] }],
  notes: {
    say: ['The last sources: the press release about the rebastinib trial, the 2021 guideline and the patent.'],
    question: 'Where can I find a guideline for patients?',
    answer: 'Ask your care team. They can point you to a version written for patients.',
  },
});
