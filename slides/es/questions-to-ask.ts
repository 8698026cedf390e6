import en from '../questions-to-ask.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'questions',
    id: 'questions-to-ask',
    title: 'Preguntas para su equipo de atención médica',
    sources: [],
    body: [
      {
        id: 'questions-checklist',
        type: 'list',
        style: 'checklist',
        items: [
          '¿Por qué la quimio antes, o después, de la cirugía es buena para mí?',
          '¿Qué muestran los estudios grandes en personas para alguien como yo?',
          '¿Este estudio en ratones cambia algo para mí?',
          '¿Hay estudios en los que yo podría participar?',
          '¿Qué debo hacer si mi tratamiento me preocupa?',
        ],
      },
    ],
    notes: {
      say: [
        'Estas son algunas preguntas que puede llevar a su próxima cita. No necesita hacerlas todas. Marque las casillas de las que le importan.',
        'Puede ayudar anotar las respuestas, o ir con alguien. El folleto también tiene esta lista, con espacio para escribir.',
      ],
      question: '¿Qué pasa si mi médico no tiene tiempo para mis preguntas?',
      answer: { facts: ['ask-care-team'], text: 'Pregunte cuál es la pregunta más importante hoy, o pregúntele a una enfermera. También puede pedir otra cita o una llamada.' },
    },
  },
  '4da47378b0658b1ccb16608367e30ca5ed6b8f70f8805f67b54d876253c9b77e',
);
