import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'the-2025-headline',
  title: 'The 2025 headline, and what it left out',
  evidence: 'news-report',
  sources: ['prasad2025', 'karagiannis2017', 'telegraph2017'],
  body: [
    { type: 'paragraph', text: '“Chemotherapy Can Backfire by Making Cancer More Aggressive!”' },
    {
      type: 'list',
      stepwise: true,
      items: [
        'It called the study new. It is from 2017.',
        'The extra spread was seen in mice. In women, the study only counted signs in tissue.',
        'It left out the large trials, and the lead researcher’s advice not to avoid chemo.',
      ],
    },
  ],
  notes: {
    say: [
      'This is the headline many of you may have seen. It came from a news website in July 2025.',
      'The story called it “new research”. In fact, the study was published in July 2017, eight years earlier.',
      'Some parts of the story were right. It had the right number of women, about 20. It was right that mice had more cancer cells in the blood and lungs.',
      'But it left out important things. The extra spread was seen in mice. In the women, the study only counted signs in bits of tumor. The story also named only two of the three chemo drugs the women had.',
      'It also left out large trials in thousands of women, and the lead researcher’s own advice not to avoid chemo. We will look at the trials next.',
    ],
    short: {
      say: [
        'This headline came from a news website in July 2025. It called the study new, but it came out in 2017.',
        'The extra spread was seen in mice. In the women, the study only counted signs in bits of tumor. The story also left out large trials in thousands of women, and the lead researcher’s advice not to avoid chemo.',
      ],
    },
    question: 'So was the news story wrong?',
    answer:
      'Parts of it were right. But it called an old study new, and the headline went further than the study did.',
  },
});
