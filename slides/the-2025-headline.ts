import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'the-2025-headline',
  title: 'The 2025 headline, and what it left out',
  evidence: ['news-report', 'mouse-study', 'human-tissue-study'],
  sources: ['prasad2025', 'karagiannis2017', 'telegraph2017', 'figureLegends2017', 'medicalxpress2017'],
  body: [
    { type: 'paragraph', facts: ['news-2025'], text: '“Chemotherapy Can Backfire by Making Cancer More Aggressive!”' },
    {
      type: 'list',
      stepwise: true,
      items: [
        { facts: ['news-called-new'], text: 'The story called a 2017 study new.' },
        { facts: ['mice-blood-and-lungs'], text: 'The extra spread it described was seen in mice.' },
        { facts: ['women-markers-only'], text: 'In women, the study only counted signs in tissue.' },
        { facts: ['news-left-out'], text: 'It left out the large trials, and the lead researcher’s advice not to avoid chemo.' },
      ],
    },
  ],
  notes: {
    say: [
      { facts: ['news-2025'], text: 'This is the headline many of you may have seen. It came from a news website in July 2025.' },
      { facts: ['news-called-new', 'study-published'], text: 'The story called it new research. In fact, the study came out in July 2017, eight years earlier.' },
      { facts: ['news-right-parts'], text: 'Some parts of the story were right: about 20 women, and more cancer cells in the blood of mice.' },
      { facts: ['mice-blood-and-lungs'], text: 'But the story left out a lot. The extra spread was seen in mice.' },
      { facts: ['news-two-drugs'], text: 'And it named only two of the three chemo drugs the women had.' },
      { facts: ['women-markers-only'], text: 'In the women, the study only counted signs in bits of tumor.' },
      {
        facts: ['news-left-out', 'lead-author-advice', 'trials-design'],
        text: 'It also left out large trials in thousands of women, and the lead researcher’s own advice not to avoid chemo. We look at the trials next.',
      },
    ],
    short: {
      say: [
        { facts: ['news-2025', 'news-called-new'], text: 'This headline came from a news website in July 2025. The story called the study new, but it came out in 2017.' },
        { facts: ['mice-blood-and-lungs'], text: 'The extra spread was seen in mice.' },
        { facts: ['news-left-out', 'trials-design'], text: 'The story left out large trials in thousands of women.' },
      ],
    },
    question: 'So was the news story wrong?',
    answer: { facts: ['news-right-parts', 'news-called-new', 'news-overstated'], text: 'Parts of it were right. But it called an old study new, and the headline went further than the study did.' },
  },
});
