import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'actions',
  id: 'what-this-means-for-you',
  title: 'What this means for you',
  sources: ['chavez2016', 'ebctcg2018', 'mdedgePierce', 'telegraph2017', 'prasad2025', 'karagiannis2017'],
  layout: 'split',
  body: [
    {
      id: 'action-list',
      type: 'list',
      style: 'numbered',
      items: [
        { facts: ['keep-to-plan'], text: 'Keep to your treatment plan.' },
        { facts: ['ask-care-team'], text: 'Say if you feel worried.' },
        { facts: ['ask-why-order'], text: 'Ask why this order is right for you.' },
        { facts: ['ask-why-order'], text: 'Bring the trial numbers and questions.' },
      ],
    },
    { id: 'contact', type: 'contact' },
    {
      id: 'action-steps',
      type: 'figure',
      src: 'action-steps.svg',
      facts: ['keep-to-plan', 'ask-care-team', 'ask-why-order'],
      alt: 'Four steps on a path. Keep your plan. Say if you are worried. Ask why this order is right for you. Bring your list.',
      caption: 'Your next steps, in order.',
    },
  ],
  notes: {
    say: [
      {
        facts: ['keep-to-plan', 'trials-deaths', 'lead-author-advice'],
        text: 'Here is what you can do. First, keep to your treatment plan. Large trials found about the same survival with chemo first or after. And the lead researcher said not to avoid chemo.',
      },
      {
        facts: ['delay-study', 'delay-finding'],
        text: 'Why not wait? A large study looked at the health records of about 25,000 women in California who had chemo after surgery. Those who started chemo 3 months or more after surgery had a lower chance of survival.',
      },
      {
        facts: ['delay-finding', 'keep-to-plan'],
        text: 'This kind of study shows a link, not proof, and it was about chemo after surgery. Still, please do not stop or delay treatment on your own. Waiting 3 months or more was linked with lower survival.',
      },
      { facts: ['ask-care-team'], text: 'If you feel worried, say so to your care team.' },
      {
        facts: ['ask-why-order', 'ask-about-trials'],
        text: 'Ask why chemo before or after surgery is right for you. Bring the trial numbers and the questions on the next slide. You can also ask if a research study could fit you.',
      },
      { facts: ['check-the-date', 'news-called-new'], text: 'And when you see health news, check the date. This study came out in 2017, but the story called it new.' },
    ],
    short: {
      say: [
        {
          facts: ['keep-to-plan', 'delay-finding'],
          text: 'Here is what you can do. First, keep to your treatment plan. Please do not stop or delay treatment on your own. Waiting 3 months or more to start chemo after surgery was linked with lower survival.',
        },
        { facts: ['ask-care-team', 'ask-why-order'], text: 'If you feel worried, tell your care team. Ask why chemo first, or surgery first, is right for you. Bring the trial numbers and your questions.' },
      ],
    },
    question: 'What if I already skipped a dose because of the news?',
    answer: { facts: ['tell-if-missed'], text: 'Please tell your care team soon. They can help you get back on track. You are not in trouble for asking.' },
  },
});
