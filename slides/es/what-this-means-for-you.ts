import en from '../what-this-means-for-you.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'actions',
    id: 'what-this-means-for-you',
    title: 'Lo que esto significa para usted',
    sources: ['chavez2016', 'ebctcg2018', 'mdedgePierce', 'telegraph2017', 'prasad2025', 'karagiannis2017'],
    layout: 'split',
    body: [
      {
        id: 'action-list',
        type: 'list',
        style: 'numbered',
        items: [
          { facts: ['keep-to-plan'], text: 'Siga su plan de tratamiento.' },
          { facts: ['ask-care-team'], text: 'Diga si algo le preocupa.' },
          { facts: ['ask-why-order'], text: 'Pregunte por qué este orden es el correcto para usted.' },
          { facts: ['ask-why-order'], text: 'Lleve los números de los estudios y sus preguntas.' },
        ],
      },
      { id: 'contact', type: 'contact' },
      {
        id: 'action-steps',
        type: 'figure',
        src: 'action-steps.svg',
        facts: ['keep-to-plan', 'ask-care-team', 'ask-why-order'],
        alt: 'Cuatro pasos en un camino. Siga su plan. Diga si algo le preocupa. Pregunte por qué este orden es el correcto para usted. Lleve su lista.',
        caption: 'Sus próximos pasos, en orden.',
      },
    ],
    notes: {
      say: [
        {
          facts: ['keep-to-plan', 'trials-deaths', 'lead-author-advice'],
          text: 'Esto es lo que usted puede hacer. Primero, siga su plan de tratamiento. Los estudios grandes encontraron casi la misma supervivencia con la quimio antes o después. Y el investigador principal dijo que no hay que evitar la quimio.',
        },
        {
          facts: ['delay-study', 'delay-finding'],
          text: '¿Por qué no esperar? Un estudio grande revisó los registros médicos de unas 25\u00a0000 mujeres en California que recibieron quimio después de la cirugía. Las que empezaron la quimio 3 meses o más después de la cirugía tuvieron menor probabilidad de supervivencia.',
        },
        {
          facts: ['delay-finding', 'keep-to-plan'],
          text: 'Este tipo de estudio muestra una relación, no una prueba, y trató de la quimio después de la cirugía. Aun así, por favor no suspenda ni retrase el tratamiento por su cuenta. Esperar 3 meses o más se asoció con menor supervivencia.',
        },
        { facts: ['ask-care-team'], text: 'Si algo le preocupa, dígaselo a su equipo de atención médica.' },
        {
          facts: ['ask-why-order', 'ask-about-trials'],
          text: 'Pregunte por qué la quimio antes o después de la cirugía es lo correcto para usted. Lleve los números de los estudios y las preguntas de la siguiente diapositiva. También puede preguntar si un estudio de investigación podría ser adecuado para usted.',
        },
        { facts: ['check-the-date', 'news-called-new'], text: 'Y cuando vea noticias de salud, revise la fecha. Este estudio salió en 2017, pero la noticia lo presentó como nuevo.' },
      ],
      short: {
        say: [
          {
            facts: ['keep-to-plan', 'delay-finding'],
            text: 'Esto es lo que usted puede hacer. Primero, siga su plan de tratamiento. Por favor, no suspenda ni retrase el tratamiento por su cuenta. Esperar 3 meses o más después de la cirugía para empezar la quimio se asoció con menor supervivencia.',
          },
          {
            facts: ['ask-care-team', 'ask-why-order'],
            text: 'Si algo le preocupa, dígaselo a su equipo de atención médica. Pregunte por qué la quimio primero, o la cirugía primero, es lo correcto para usted. Lleve los números de los estudios y sus preguntas.',
          },
        ],
      },
      question: '¿Qué pasa si ya me salté una dosis por la noticia?',
      answer: { facts: ['tell-if-missed'], text: 'Por favor, dígaselo pronto a su equipo de atención médica. Pueden ayudarle a retomar su plan. No tendrá problemas por preguntar.' },
    },
  },
  '98e5be2aab8983e9a715a56dfc61d04ccafc322b300dcfe6046fa7a9ee549eba',
);
