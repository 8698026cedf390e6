import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'other-experts',
  title: 'What other experts said, and who might gain',
  evidence: ['expert-opinion', 'background'],
  sources: ['esserman2017', 'mdedgePierce', 'telegraph2017', 'oncologynews2017', 'patent2018', 'metastat2017', 'karagiannis2017', 'stat2017', 'korde2021'],
  body: [
    {
      id: 'voices',
      type: 'list',
      stepwise: true,
      items: [
        { facts: ['esserman-letter'], text: 'Laura Esserman and 10 others wrote to the journal.' },
        { facts: ['esserman-letter'], text: 'They said it should not be presented as chemo causing spread in patients.' },
        { facts: ['lead-author-advice', 'keep-to-plan'], text: 'The lead researcher said patients should not avoid chemo.' },
        { facts: ['study-patent'], text: ['His college applied for a ', { term: 'patent', define: true }, ', a legal right, on blocking doorways.'] },
        { facts: ['study-company-test'], text: 'The study used a company’s doorway test.' },
      ],
    },
  ],
  notes: {
    say: [
      {
        facts: ['esserman-letter'],
        text: 'What did other experts say? Dr. Laura Esserman, of the University of California, San Francisco, and 10 others wrote to the journal. They said the study should not be presented as chemo causing spread in patients.',
      },
      {
        facts: ['pierce-view'],
        text: 'Lori Pierce, of the University of Michigan, said large randomized trials show equal results either way. She would not want women who need chemo first to be discouraged.',
      },
      {
        facts: ['lead-author-advice', 'study-lead-author', 'keep-to-plan'],
        text: 'The study’s own lead researcher, Dr. George Karagiannis, told reporters that patients should not avoid chemo because of these findings.',
      },
      { facts: ['other-view-important'], text: 'Not everyone was critical: another researcher called the work important.' },
      {
        facts: ['lead-author-idea', 'guideline-mid-chemo'],
        text: 'He suggested checking tumor tissue partway through chemo. That is an idea to test in future trials, not a test to ask for.',
      },
      {
        facts: ['study-team', 'study-patent'],
        text: 'It is also fair to ask who might gain. The study was led from Albert Einstein College of Medicine in New York. In 2018 the college applied for a patent on drugs that block doorways, naming two study leaders.',
      },
      {
        facts: ['study-company-test', 'study-funding'],
        text: 'The study also used a company’s doorway test. These ties do not make the results wrong, but they are worth knowing. We could not confirm who paid for it.',
      },
    ],
    short: {
      say: [
        {
          facts: ['esserman-letter', 'pierce-view'],
          text: 'Other experts disagreed with how the study was told. Dr. Laura Esserman and 10 others wrote to the journal. They said it should not be presented as chemo causing spread in patients.',
        },
        { facts: ['lead-author-advice', 'keep-to-plan'], text: 'The study’s own lead researcher said patients should not avoid chemo because of these findings.' },
        {
          facts: ['study-patent', 'study-company-test'],
          text: 'And who might gain? The researchers’ college applied for a patent on drugs that block doorways, and the study used a company’s test. These ties do not make the results wrong, but they are worth knowing.',
        },
      ],
    },
    question: 'Does the patent mean the researchers were biased?',
    answer: { facts: ['study-patent'], text: 'Not necessarily. But it is a reason to look at the evidence carefully, which is what we are doing today.' },
  },
});
