import en from '../what-has-changed.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'content',
    id: 'what-has-changed',
    title: 'Qué ha cambiado y qué no desde 2017',
    facts: ['study-published'],
    evidence: ['guideline', 'early-clinical-trial'],
    sources: ['korde2021', 'montefiore2024', 'karagiannis2017', 'figureLegends2017', 'metastat2017', 'medicalxpress2017', 'ebctcg2018', 'mdedgePierce'],
    body: [
      {
        id: 'what-changed',
        type: 'list',
        items: [
          { facts: ['guideline-none-changed'], text: 'Ninguna guía que encontramos cambió por este estudio.' },
          { facts: ['guideline-asco'], text: 'Una guía de 2021 todavía apoya la quimio antes de la cirugía para algunas pacientes.' },
        ],
      },
      {
        id: 'costs',
        type: 'callout',
        tone: 'key-point',
        facts: ['rebastinib-status', 'guideline-doorway-test', 'nothing-to-buy'],
        text: 'En 2024, el rebastinib era experimental y no estaba aprobado. Contar puertas es una prueba de investigación. No hay nada que comprar ni pagar por este estudio.',
      },
    ],
    notes: {
      say: [
        {
          facts: ['guideline-none-changed', 'study-published'],
          text: '¿Qué ha cambiado desde 2017? Buscamos guías de tratamiento que hayan cambiado por este estudio, y no encontramos ninguna.',
        },
        {
          facts: ['guideline-asco', 'guideline-doorway-test'],
          text: [
            'La Sociedad Estadounidense de Oncología Clínica es un grupo grande de médicos del cáncer de Estados Unidos. Una guía suya salió en ',
            { num: 'guideline-asco.year' },
            '. Todavía apoya la quimio antes de la cirugía para algunas pacientes. No usa el conteo de puertas: dice que no hay suficiente evidencia para pruebas adicionales como esa.',
          ],
        },
        {
          facts: ['rebastinib-status', 'mice-blocked'],
          text: 'El rebastinib es el medicamento que bloqueó la propagación adicional en ratones. En noviembre de 2024, era experimental y no estaba aprobado por la Administración de Alimentos y Medicamentos de Estados Unidos.',
        },
        {
          facts: ['rebastinib-trial'],
          text: 'Ese mes, un equipo informó sobre un estudio pequeño e inicial. Fue en personas cuyo cáncer de mama ya se había propagado. Buscaba la dosis correcta para estudios futuros.',
        },
        {
          facts: ['rebastinib-trials-only', 'nothing-to-buy'],
          text: 'Así que el rebastinib no es un tratamiento que su médico pueda recetar. Y no hay nada que comprar ni pagar por este estudio: el conteo de puertas es una prueba de investigación.',
        },
      ],
      short: {
        say: [
          {
            facts: ['guideline-none-changed', 'guideline-asco', 'guideline-doorway-test'],
            text: 'No encontramos ninguna guía de tratamiento que haya cambiado por este estudio. La quimio antes de la cirugía sigue siendo una opción habitual para muchas personas. Contar puertas es una prueba de investigación.',
          },
          {
            facts: ['rebastinib-status', 'nothing-to-buy'],
            text: 'En noviembre de 2024, el rebastinib todavía era experimental y no estaba aprobado. Así que no hay nada que comprar ni pagar por este estudio.',
          },
        ],
      },
      question: '¿Por qué no ha cambiado nada, si el estudio encontró algo preocupante?',
      answer: {
        facts: ['mice-blood-and-lungs', 'women-markers-only', 'trials-deaths', 'guideline-none-changed'],
        text: 'La propagación adicional se vio en ratones. En mujeres, el estudio contó señales en el tejido. Los estudios en miles de mujeres encontraron casi la misma supervivencia en los dos casos. Las guías siguen esa evidencia.',
      },
    },
  },
  'c5fe948bd7035493cee5df2f935f45fa5f4bef55324cd4bffeb3b7ba0013fc2c',
);
