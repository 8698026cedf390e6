// The glossary in Spanish: every English term, its word and plain definition in Spanish (typed from
// slides/glossary.ts: a term left out does not compile; an acronym keeps its expansion, in
// Spanish). `forms` are the other ways the word appears in Spanish text (plural, the full word).

import type { TranslatedGlossary } from '../../src/model/translation.ts';
import type { glossary as english } from '../glossary.ts';

export const glossary = {
  chemo: {
    term: 'quimio',
    definition: 'Forma corta de decir quimioterapia: medicamentos que matan las células de cáncer o impiden que crezcan.',
    forms: ['quimioterapia', 'quimioterapias'],
  },
  neoadjuvant: {
    term: 'quimio neoadyuvante',
    definition: 'El nombre que usan los médicos para la quimio antes de la cirugía, para reducir el tumor primero.',
    forms: ['neoadyuvante'],
  },
  metastasis: {
    term: 'metástasis',
    definition: 'La palabra de los médicos para el cáncer que se propagó a otras partes del cuerpo, como los pulmones.',
    forms: ['metastásico', 'metastásica', 'metastásicos', 'metastásicas'],
  },
  tmem: {
    term: 'puerta TMEM',
    definition: 'Un lugar muy pequeño en un tumor donde se tocan tres células. En estudios en animales, las células de cáncer entraron a la sangre ahí.',
    expansion: 'microambiente tumoral de metástasis',
    forms: ['TMEM', 'puertas TMEM'],
  },
  macrophage: {
    term: 'macrófago',
    definition: 'Un tipo de célula inmunitaria. Algunos macrófagos ayudan a los tumores a formar vasos sanguíneos.',
    forms: ['macrófagos'],
  },
  paclitaxel: {
    term: 'paclitaxel',
    definition: 'Un medicamento de quimio común para el cáncer de mama. Fue el medicamento principal que se estudió en los ratones.',
  },
  rebastinib: {
    term: 'rebastinib',
    definition: 'Un medicamento experimental que bloquea una señal que usan las puertas. No está aprobado.',
  },
  residual: {
    term: 'tumor residual',
    definition: 'La parte de un tumor que todavía está ahí en la cirugía, después de la quimio.',
    forms: ['tumores residuales'],
  },
  marker: {
    term: 'marcador',
    definition: 'Una señal que se mide, como un conteo al microscopio. No es un resultado de salud.',
    forms: ['marcadores', 'biomarcador', 'biomarcadores'],
  },
  randomizedTrial: {
    term: 'estudio clínico aleatorizado',
    definition: 'Un estudio en personas donde el azar decide quién recibe cada tratamiento, para comparar los grupos de forma justa.',
    forms: ['estudios clínicos aleatorizados', 'estudio aleatorizado', 'estudios aleatorizados'],
  },
  patent: {
    term: 'patente',
    definition: 'Un derecho legal sobre un invento. Otras personas necesitan permiso para usar el invento.',
    forms: ['patentes'],
  },
} as const satisfies TranslatedGlossary<typeof english>;
