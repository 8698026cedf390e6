import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'other-experts',
  title: 'What other experts, and the lead researcher, said',
  evidence: 'expert-opinion',
  sources: ['esserman2017', 'telegraph2017', 'stat2017'],
  body: [
    {
      type: 'list',
      stepwise: true,
      items: [
        'Eleven cancer experts wrote a letter to the journal.',
        'They said the study should not be presented as chemo causing spread in patients.',
        'The lead researcher said patients should not avoid chemo because of it.',
        'He suggested checking tumor tissue during chemo: an idea to test in future studies.',
      ],
    },
  ],
  notes: {
    say: [
      'What did other experts say? Eleven cancer experts, led by Dr. Laura Esserman, wrote a letter to the journal. They said this kind of study can help explain why some tumors resist chemo. But it should not be presented as chemo causing spread in patients.',
      'Not everyone was critical. Another researcher called the work important, and said doctors might need to be smarter about how they use chemo.',
      'The study’s own lead researcher, Dr. George Karagiannis, told reporters that patients should not avoid chemo because of these findings.',
      'He suggested taking a small tissue sample partway through chemo, to check for changes. His team said they were planning more trials. So it is an idea to test in future studies. No treatment guideline we found recommends it.',
    ],
    question: 'Should I ask for a tissue test partway through my chemo?',
    answer:
      'That test is not part of routine care, and no guideline we found recommends it. If you have questions about your chemo, ask your care team.',
  },
});
