import en from '../earlier-studies.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'earlier-studies',
    title: 'Lo que encontraron estudios anteriores sobre las puertas',
    evidence: ['human-tissue-study', 'guideline'],
    sources: ['rohan2014', 'korde2021', 'karagiannis2017'],
    body: [
      {
        type: 'list',
        facts: ['earlier-doorways'],
        items: [
          'Antes de este estudio, se contaron puertas en muestras de tumor guardadas.',
          'En un tipo común de cáncer de mama, los tumores con más puertas tenían más probabilidad de propagarse.',
          'Es una relación. No prueba que las puertas causen la propagación.',
          { facts: ['guideline-doorway-test'], text: 'Hoy no se cuentan puertas para elegir el tratamiento.' },
        ],
      },
    ],
    notes: {
      say: [
        {
          facts: ['earlier-doorways', 'study-published'],
          text: [
            'Las puertas no eran nuevas en 2017. En un estudio publicado en ',
            { num: 'earlier-doorways.year' },
            ', los investigadores contaron puertas en muestras viejas de tumor de ',
            { num: 'earlier-doorways.pairs' },
            ' pares de pacientes.',
          ],
        },
        {
          facts: ['earlier-doorways'],
          text: 'En un tipo común de cáncer de mama, los tumores con más puertas tenían más probabilidad de propagarse después. En otros tipos, no encontraron esta relación.',
        },
        { facts: ['earlier-doorways'], text: 'Una relación no es lo mismo que una causa. Solo nos dice que dos cosas suelen ir juntas.' },
        {
          facts: ['guideline-doorway-test'],
          text: 'Hoy, las guías para los médicos del cáncer no usan el conteo de puertas para elegir el tratamiento. Todavía no hay suficiente evidencia para eso.',
        },
      ],
      question: '¿Puedo pedir que cuenten mis puertas?',
      answer: {
        facts: ['guideline-doorway-test', 'no-test-to-ask-for', 'ask-care-team'],
        text: 'El conteo de puertas es una prueba de investigación, no parte de la atención habitual. Su equipo de atención médica puede decirle qué pruebas importan para usted.',
      },
    },
  },
  '31d7c99bffd40f88ff176ad29785bb1e295dd3fe06d79ce6ea23b417497e1078',
);
