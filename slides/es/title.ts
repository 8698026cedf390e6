import en from '../title.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'title',
    id: 'title',
    title: 'Quimioterapia antes de la cirugía de cáncer de mama (seno): lo que encontró un estudio de 2017',
    subtitle: 'Un titular de 2025 dijo que la quimio puede ser contraproducente. Veamos qué mostró, y qué no.',
    facts: ['study-published', 'news-2025'],
    sources: ['ebctcg2018', 'mdedgePierce', 'prasad2025', 'karagiannis2017', 'medicalxpress2017'],
    body: [
      {
        id: 'main-message',
        type: 'callout',
        tone: 'key-point',
        title: 'El mensaje principal',
        facts: ['trials-design', 'trials-spread', 'trials-deaths'],
        text: [
          'Estudios grandes compararon la ',
          { term: 'chemo', text: 'quimioterapia', define: true },
          ' (medicamentos contra el cáncer) antes y después de la cirugía. La propagación y las muertes por cáncer de mama fueron casi iguales.',
        ],
      },
      { type: 'paragraph', text: 'Pregunte cuando quiera.' },
    ],
    notes: {
      say: [
        {
          facts: ['study-question'],
          text: 'Les damos la bienvenida, y gracias por venir. Hoy veremos un estudio sobre la quimio antes de la cirugía de cáncer de mama. Quimio es la forma corta de quimioterapia: medicamentos contra el cáncer.',
        },
        {
          facts: ['news-2025'],
          text: 'En julio de 2025, un sitio de noticias dijo que la quimio puede ser contraproducente. El sitio dijo que vuelve el cáncer más agresivo. Si usted lo vio y sintió miedo, es una reacción normal.',
        },
        { facts: ['study-published'], text: 'El estudio detrás de ese titular salió en 2017. Veremos qué hizo, qué encontró y qué no nos puede decir.' },
        {
          facts: ['trials-design', 'trials-spread', 'trials-deaths'],
          text: 'Este es el mensaje principal. Estudios grandes compararon la misma quimio antes o después de la cirugía. La probabilidad de que el cáncer se propagara fue casi igual en los dos casos. La de morir por cáncer de mama, también.',
        },
      ],
      short: {
        say: [
          {
            facts: ['study-question', 'news-2025'],
            text: 'Les damos la bienvenida. Hoy veremos un estudio sobre la quimio antes de la cirugía de cáncer de mama. En 2025, un sitio de noticias dijo que la quimio puede ser contraproducente. Si sintió miedo, es normal.',
          },
          {
            facts: ['trials-design', 'trials-spread', 'trials-deaths'],
            text: 'Este es el mensaje principal. Estudios grandes compararon la quimio antes y después de la cirugía. La probabilidad de propagación, y de morir por cáncer de mama, fue casi igual en los dos casos.',
          },
        ],
      },
      question: '¿Debería preocuparme por mi propia quimio?',
      answer: {
        facts: ['women-markers-only', 'trials-deaths', 'ask-care-team'],
        text: 'Es normal preocuparse. Este estudio no mostró si la quimio primero cambió cuánto vivieron las mujeres. Los estudios grandes que sí lo midieron encontraron casi la misma supervivencia en los dos casos. Por favor, hable con su equipo de atención médica antes de cambiar algo.',
      },
    },
  },
  '2668c04c3616a789b9fcdbbf6aa7c47cf97b81f390ef5d0f34c58affde7ec45a',
);
