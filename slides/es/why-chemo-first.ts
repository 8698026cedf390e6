import en from '../why-chemo-first.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'why-chemo-first',
    title: 'Por qué a veces se da la quimio antes de la cirugía',
    evidence: ['randomized-trials', 'guideline'],
    sources: ['ebctcg2018', 'korde2021', 'stgallen2017', 'mdedgePierce'],
    body: [
      { type: 'paragraph', text: ['La quimio antes de la cirugía se llama ', { term: 'neoadjuvant', define: true }, '.'] },
      {
        type: 'list',
        items: [
          { facts: ['why-keep-breast', 'trials-response'], text: 'Puede reducir el tumor antes de la operación.' },
          { facts: ['why-keep-breast', 'trials-breast'], text: 'Así, más mujeres pueden conservar el seno.' },
          { facts: ['why-next-treatment'], text: 'Lo que queda tras la quimio puede ayudar a elegir el siguiente tratamiento.' },
          { facts: ['why-preferred'], text: 'Para algunos tipos de cáncer de mama, los expertos la prefieren.' },
        ],
      },
    ],
    notes: {
      say: [
        {
          facts: ['why-keep-breast'],
          text: '¿Por qué dar la quimio primero? Cuando la quimio va antes de la cirugía, los médicos la llaman quimio neoadyuvante. Es una palabra larga para una idea simple: quimio primero.',
        },
        {
          facts: ['trials-response', 'trials-breast'],
          text: [
            'En los estudios grandes, el tumor se redujo en ',
            { num: 'trials-response.shrank' },
            ' mujeres que recibieron quimio primero. Con quimio primero, ',
            { num: 'trials-breast.chemoFirst' },
            ' mujeres conservaron el seno, frente a ',
            { num: 'trials-breast.surgeryFirst' },
            ' con cirugía primero.',
          ],
        },
        {
          facts: ['why-next-treatment', 'why-preferred'],
          text: 'Cuánto tumor queda después de la quimio también puede ayudar a los médicos a elegir el siguiente tratamiento. Y para algunos tipos de cáncer de mama, los expertos prefieren la quimio primero.',
        },
      ],
      question: '¿Es la quimio antes de la cirugía más peligrosa que la quimio después?',
      answer: {
        facts: ['trials-spread', 'trials-deaths', 'trials-local', 'ask-care-team'],
        text: 'Los estudios grandes encontraron casi la misma propagación y supervivencia en los dos casos. Con la quimio primero, el cáncer volvió cerca un poco más a menudo. Su equipo de atención médica puede analizar esto con usted.',
      },
    },
  },
  'e403bdf8ec6809220fa7139826dd2a93bc3eb0e32455c90a8650ffdc937e9682',
);
