import en from '../references-2.ts';
import { translate } from './define.ts';

export default translate(
  en,
  {
    kind: 'sources',
    id: 'references-2',
    title: 'Fuentes (continuación)',
    sources: [],
    body: [
      {
        type: 'references',
        ids: ['borriello2020', 'esserman2017', 'mdedgePierce', 'stat2017', 'telegraph2017', 'medicalxpress2017', 'oncologynews2017', 'metastat2017', 'patent2018', 'prasad2025'],
      },
    ],
    notes: {
      say: ['Más fuentes: revisiones, cartas, noticias y una patente. Después de cada una, decimos entre paréntesis qué tipo de página es.'],
      question: '¿Por qué usar noticias?',
      answer: 'A veces las noticias eran el único lugar donde se podía leer un detalle. Marcamos esas fuentes como noticias.',
    },
  },
  '9193b7f609ab4079c03635fedfd0e2857c6c1c8da6d82207e4d1346c8902c1c3',
);
