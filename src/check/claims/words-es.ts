// The claim words in Spanish (es-US, usted), for the same rules as the English list in words.ts.
// The checker reads a Spanish deck's text folded (NFC, accents off, ñ kept: src/model/fold.ts), so
// every pattern here is written without accents, or built with anyOf(), which folds its own.
// Draft lists, from the research (spanish-edition.md §5.2, from knowledge rather than a source):
// the translator and the clinical reviewer confirm them, and tests/check/spanish-claims.test.ts
// and tests/check/spanish-probe.test.ts measure them.
//
// What Spanish needs that English does not:
//  - negation words before the verb with no "no" ("Nunca se demostró", "Ningún estudio mostró"),
//    and words with a negation that do not negate ("sin embargo", "no obstante", "no solo"),
//    blanked first;
//  - advice in the usted imperative ("No suspenda", "Pregunte"), in the subjunctive of reported
//    advice ("les dijo que no la eviten"), "hay que", "se debe", "conviene"; a bare infinitive at
//    the start of a sentence is its subject ("Esperar 3 meses … se asoció …"), not advice;
//  - causal "hacer que" + subjunctive ("hace que el cáncer se propague"), "volver más agresivo",
//    "a causa de / debido a la quimio";
//  - numbers: "38 de cada 100", "unas 20", "treinta y cinco", "miles de mujeres", "julio de 2017".

import { EDGE_AFTER, EDGE_BEFORE } from '../../model/word-edge.ts';
import { anyOf } from './match.ts';
import type { ClaimWords } from './words.ts';

const NEG = 'no|nunca|jamas|ni|tampoco|nada|nadie|ningun|ninguno|ninguna|ningunos|ningunas|sin';

/** A Spanish yes-or-no question as the statement it asks: Spanish does not invert, so it is the question without ¿ ?. */
const statementOf = (question: string): string => `${question.replace(/[¿?]/g, '').replace(/["'”’»)\]]+$/u, '').trim()}.`;

export const ES: ClaimWords = {
  negationAfter: /^\s+(?:no|ninguno|ninguna|nada|ni)(?![\p{L}])/iu,
  endorses: /^\s*(?:como|tal\s+como|segun\s+lo\s+que)(?![\p{L}])/iu,
  clauseSplit: /\s*[;:]\s+|\s+[—–]\s+|\s+-\s+|,?\s+(?=(?:pero|aunque|mientras\s+que|sin\s+embargo|en\s+cambio|no\s+obstante)\s)|,\s+(?=(?:y|asi\s+que|por\s+eso)\s)/iu,
  affirms:
    /^(?:(?:este|el|ese)\s+(?:estudio|articulo|ensayo|experimento|titular)(?:\s+de\s+\d{4})?|la\s+(?:investigacion|noticia)|los\s+(?:investigadores|cientificos|expertos|medicos)|ellos|ellas)\s+(?:[\p{L}]+\s+)?(?:respondio|respondieron|responde|dice|dijo|dicen|dijeron|muestra|mostro|encontro|encontraron|probo|confirmo|confirma|sugiere|sugirio)\s*(?:que\s+)?(?:si|que\s+si|que\s+lo\s+hace)(?![\p{L}])/iu,
  statementOf,
  turn: /\s*[,;]\s*|\s+(?:frente\s+a|versus|vs\.?|comparad[oa]s?\s+con|en\s+comparacion\s+con|mientras\s+que|pero|y)\s+/giu,
  notADifference: /(?<![\p{L}])(?:mas|menos)\s+de\s+(?=\d|unas?\s|unos\s|la\s+mitad)|(?<![\p{L}])no\s+(?:mas|menos)(?![\p{L}])|(?<![\p{L}])mas\s+o\s+menos(?![\p{L}])|(?<![\p{L}])o\s+(?:mas|menos)(?![\p{L}])|(?<![\p{L}])mas\s+(?:adelante|alla|tarde)(?![\p{L}])|(?<![\p{L}])(?:la|su)\s+mayor\s+parte(?![\p{L}])|(?<![\p{L}])lo\s+mas(?![\p{L}])|(?<![\p{L}])(?:el|la)\s+[\p{L}]+\s+mas\s+(?:alt[oa]|baj[oa]|importante|fuerte|debil|solid[oa]|confiable)(?![\p{L}])|(?<![\p{L}])(?:de\s+(?:forma|manera|modo)|en\s+forma)\s+mas\s+(?:inteligente|cuidadosa|precisa|personalizada|clara|sencilla)(?![\p{L}])/giu,
  // "que" is "than" only after más/menos/mayor… (not "así que", "ya que", "dijo que").
  baseline: /(?<![\p{L}])(?:comparad[oa]s?\s+con|en\s+comparacion\s+con|frente\s+a|versus|vs\.?|respecto\s+a|que\s+con|(?<=(?<![\p{L}])(?:mas|menos|mayor(?:es)?|menor(?:es)?|peor(?:es)?|mejor(?:es)?)(?![\p{L}])[^.;]{0,60}?)(?<!(?:asi|ya|para|lo|de|dijo|dicen|dijeron)\s+)que\s+(?=(?:la|el|las|los)\s))/giu,
  baselineLead: 'la|el|las|los|mujeres|personas|quienes|que|recibieron|tuvieron|con',
  // Folded like the text (no accents): "Según", "Además" are "segun", "ademas" here.
  nameWords: {
    universidad: ['university'],
    facultad: ['college', 'school', 'faculty'],
    escuela: ['school'],
    colegio: ['college'],
    medicina: ['medicine'],
    nueva: ['new'],
    nuevo: ['new'],
    sociedad: ['society'],
    estadounidense: ['american'],
    // "de Estados Unidos" is the English "US" or "American" (once the FDA's expansion in the glossary named it).
    estados: ['us', 'united', 'states', 'american'],
    unidos: ['us', 'united', 'american'],
    americana: ['american'],
    americano: ['american'],
    oncologia: ['oncology'],
    clinica: ['clinical', 'clinic'],
    instituto: ['institute'],
    institutos: ['institutes'],
    nacional: ['national'],
    nacionales: ['national'],
    centro: ['center', 'centre'],
    salud: ['health'],
    investigacion: ['research'],
    departamento: ['department'],
    grupo: ['group'],
    colaborativo: ['collaborative'],
    ensayos: ['trialists'],
    administracion: ['administration'],
    alimentos: ['food'],
    medicamentos: ['drug', 'drugs'],
  },
  notNames: new Set([
    'dr', 'dra', 'sr', 'sra', 'srta', 'lic', 'prof', 'profesor', 'profesora', 'don', 'dona', 'doña',
    'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  ]),
  openers: new Set([
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'esto', 'eso',
    'en', 'con', 'para', 'por', 'y', 'e', 'pero', 'asi', 'si', 'cuando', 'como', 'despues', 'antes', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros', 'nuestras',
    'nosotros', 'nosotras', 'usted', 'ustedes', 'ellos', 'ellas', 'ella', 'el', 'algunos', 'algunas', 'todos', 'todas', 'no', 'ni', 'uno', 'dos', 'desde', 'ambos', 'ambas',
    'cada', 'de', 'del', 'a', 'al', 'que', 'quien', 'quienes', 'cual', 'porque', 'donde', 'segun', 'ademas', 'tambien', 'hoy', 'ahora', 'luego', 'primero', 'mas', 'menos',
    'sin', 'entre', 'hasta', 'durante', 'mientras', 'aunque', 'sobre', 'tras', 'ya', 'aun', 'solo', 'nadie', 'ningun', 'ninguna', 'ninguno', 'muchas', 'muchos', 'pocas', 'pocos',
  ]),
  defines: /^(.{2,60}?)\s+(?:significa|quiere\s+decir|es\s+cuando|se\s+refiere\s+a|es\s+(?:el\s+)?(?:termino|nombre|palabra)\s+(?:para|de)|se\s+define\s+como|(?:es|son)\s+(?:la|el|los|las)\s+(?:quimio(?:terapia)?|tratamiento)\s+(?:que\s+se\s+(?:da|aplica|administra)|dad[oa]s?))\s+(.+)$/iu,
  // "si" is also "if": only after a verb of asking or knowing is it "whether".
  nonAsserting: anyOf('(?:pregunt\\w*|saber|sabe|sabemos|saben|averigu\\w*|estudi\\w*|investig\\w*|comprobar|ver|decidir|dudas?\\s+sobre)\\s+si', 'no\\s+se\\s+sabe\\s+(?:si|todavia|aun)', '(?:es|sigue\\s+siendo|esta)\\s+(?:poco\\s+)?(?:claro|incierto|desconocido)\\s+si', 'no\\s+esta\\s+claro', '(?:discrepan|difieren|no\\s+coinciden)\\s+(?:en|sobre|acerca\\s+de)'),
  people: anyOf('mujeres', 'mujer', 'personas', 'persona', 'pacientes', 'paciente', 'humanos', 'humanas', 'seres\\s+humanos', 'hombres', 'usted', 'ustedes', 'sobrevivientes', 'madres', 'cualquiera', 'todo\\s+el\\s+mundo', 'nosotras'),
  peopleNotClaimed: new RegExp(
    [
      String.raw`(?:tumor(?:es)?|celulas?|tejidos?|muestras?)\s+(?:que\s+)?(?:vino|vinieron|venia|venian|viene|vienen|tomad[oa]s?|sacad[oa]s?|obtenid[oa]s?|crecid[oa]s?)?\s*(?:de\s+)(?:una\s+|la\s+|las\s+|un\s+)?(?:paciente|pacientes|personas?|mujeres|mujer)`,
      String.raw`(?:tumor(?:es)?|celulas\s+de\s+cancer)\s+human[oa]s?`,
      String.raw`(?:comprobad[oa]|probad[oa]|estudiad[oa]|confirmad[oa]|vist[oa]|demostrad[oa]|repetid[oa])s?\s+(?:todavia\s+)?en\s+(?:personas|mujeres|pacientes|humanos)`,
      String.raw`(?:como\s+)?(?:usted|ustedes)\s+(?:puede\s+ver|vio|vieron|vera|veran|recordara|recuerda|escucho)`,
      // Who was in a trial, not what happened to them: "personas cuyo cáncer de mama ya se había propagado".
      String.raw`(?:personas|mujeres|pacientes)\s+(?:cuyo|cuya|con)\s+(?:un\s+)?cancer(?:\s+de\s+mama)?\s+(?:que\s+)?(?:ya\s+)?(?:se\s+)?(?:habia|ha|habian)\s+(?:ya\s+)?propagado`,
    ].join('|'),
    'iu',
  ),
  animals: anyOf('ratones', 'raton', 'animales', 'animal', 'roedores', 'ratas', 'animales\\s+de\\s+laboratorio'),
  negation: new RegExp(`(?<![\\p{L}])(?:${NEG})(?![\\p{L}])`, 'iu'),
  notNegating: anyOf('sin\\s+embargo', 'no\\s+obstante', 'no\\s+solo', 'no\\s+solamente', 'sin\\s+duda', 'no\\s+cabe\\s+duda', 'no\\s+hay\\s+duda(?:\\s+de)?', 'no\\s+es\\s+de\\s+extrañar', 'nada\\s+mas\\s+que', 'no\\s+es\\s+sorprendente', 'ya\\s+no'),
  clinical: anyOf(
    '(?:celulas\\s+de\\s+cancer\\s+|celulas\\s+)?en\\s+(?:la\\s+|su\\s+|sus\\s+)?(?:sangre|pulmones|pulmon)', 'torrente\\s+sanguineo', 'pulmon(?:es)?', 'organos?',
    'propag\\w*', 'disemin\\w*', 'metasta\\w*', 'se\\s+extendi\\w*', 'reca[iy]\\w*', 'recurr\\w*', 'volvio', 'volvieron', 'vuelve', 'vuelven', 'regres\\w*',
    'superviv\\w*', 'sobreviv\\w*', 'sobrevida', 'vivieron', 'vivio', 'vivir\\s+(?:mas|menos)', 'vidas?', 'muri\\w*', 'morir\\w*', 'muertes?', 'mortalidad', 'mortal(?:es)?',
    'agresiv\\w*', 'peor(?:es)?', 'dañ\\w*', 'perjudic\\w*', 'resultados?\\s+(?:en\\s+la\\s+salud|clinicos)', 'pronostico', 'escap\\w*', 'invad\\w*', 'desaparec\\w*', 'curad[oa]s?',
  ),
  quantifier: anyOf(
    'todas', 'todos', 'cada', 'la\\s+mayoria', 'la\\s+mayor\\s+parte', 'casi\\s+todas', 'casi\\s+todos', 'ninguna', 'ninguno', 'nadie', 'la\\s+mitad', 'pocas', 'pocos',
    'varias', 'varios', 'muchas\\s+de\\s+(?:ellas|las\\s+mujeres)', 'un\\s+tercio', 'un\\s+cuarto', 'tres\\s+cuartos', 'dos\\s+tercios', 'practicamente\\s+todas', 'sin\\s+excepcion',
  ),
  quantified: new RegExp(String.raw`^(?:\s+(?:de|las|los|estas|esas|\d+|veinte))*?\s*(?:mujeres|mujer|pacientes?|personas|ellas|ellos|casos?|tumor(?:es)?|muestras?)${EDGE_AFTER}|^\s*(?:tuvieron|mostraron|vieron|tenian|fueron)${EDGE_AFTER}`, 'iu'),
  arms: {
    'before-after': {
      first: anyOf('quimio(?:terapia)?\\s+(?:fue\\s+|va\\s+|dada\\s+)?(?:primero|antes(?:\\s+de\\s+(?:la\\s+)?(?:cirugia|operacion))?)', 'antes\\s+de\\s+(?:la\\s+)?cirugia', 'neoadyuvante', 'preoperatori\\w*'),
      second: anyOf('cirugia\\s+(?:fue\\s+)?primero', 'quimio(?:terapia)?\\s+(?:fue\\s+|dada\\s+)?(?:despues|segundo)', '(?:dada\\s+)?despues\\s+de\\s+(?:la\\s+)?(?:cirugia|operacion)', 'adyuvante', 'postoperatori\\w*'),
    },
    'chemo-none': {
      first: anyOf('(?:con|recibieron|recibio|dieron|tras|despues\\s+de)\\s+(?:la\\s+|el\\s+)?(?:quimio(?:terapia)?|paclitaxel|medicamento)', 'quimio(?:terapia)?', 'paclitaxel', 'tratad[oa]s'),
      second: anyOf('sin\\s+(?:quimio(?:terapia)?|paclitaxel|tratamiento)', 'ninguna\\s+quimio', 'no\\s+tratad[oa]s', 'no\\s+recibieron\\s+nada', 'otros\\s+no\\s+recibieron'),
    },
    'late-early': {
      first: anyOf('tarde', 'mas\\s+tarde', 'esper\\w*', 'retras\\w*', 'demor\\w*', '(?:3|tres)\\s+meses\\s+o\\s+mas', '91\\s+dias\\s+o\\s+mas', 'posterg\\w*', 'largas\\s+esperas?', 'suspender', 'saltarse'),
      second: anyOf('temprano', 'pronto', 'a\\s+tiempo', 'enseguida', 'dentro\\s+de\\s+(?:1|un|uno)\\s+a\\s+(?:3|tres)\\s+meses'),
    },
  },
  armLabels: {
    'before-after': ['la quimio antes de la cirugía', 'la quimio después de la cirugía'],
    'chemo-none': ['quimio', 'sin quimio'],
    'late-early': ['empezar la quimio tarde', 'empezarla pronto'],
  },
  more: anyOf('mas', 'mayor(?:es)?', 'aument\\w*', 'elev\\w*', 'duplic\\w*', 'triplic\\w*', 'adicional(?:es)?', 'extra', 'subio', 'subieron', 'crecio\\s+mas'),
  less: anyOf('menos', 'menor(?:es)?', 'disminu\\w*', 'baj\\w*', 'reduj\\w*', 'reduc\\w*', 'cay\\w*', 'recort\\w*', 'mas\\s+lent\\w*', 'fren(?:o|aron|a|an|ar|ado|ada|aba|aban)', // not "frente a" (versus)
    'achic\\w*', 'encog\\w*'),
  harmOrBenefit: anyOf(
    'demasiado\\s+arriesgad\\w*', 'arriesgad\\w*', 'riesgos[oa]s?', 'peligros[oa]s?', 'insegur[oa]s?', 'mas\\s+segur[oa]s?', 'la\\s+opcion\\s+segura', 'dañin[oa]s?', 'mortal(?:es)?', 'contraproducente\\w*',
    'pone(?:n)?\\s+(?:a\\s+)?(?:[\\p{L}]+\\s+){0,2}?en\\s+(?:peligro|riesgo)', 'mejor(?:es)?\\s+(?:opcion|resultados?)', 'peor(?:es)?\\s+(?:opcion|resultados?)', 'baja\\w*\\s+la\\s+supervivencia', 'aumenta\\w*\\s+el\\s+riesgo', 'acorta\\w*\\s+la\\s+vida',
  ),
  treatment: anyOf('quimio\\w*', 'paclitaxel', 'tratamientos?', 'cirugia', 'neoadyuvante', 'operacion', 'medicamentos?', 'rebastinib', 'farmacos?', 'drogas?'),
  randomGroups: anyOf('aleatori\\w*', 'randomiz\\w*', 'al\\s+azar', 'el\\s+azar\\s+decidio', 'grupo\\s+(?:de\\s+)?control', '(?:un|el)\\s+grupo\\s+(?:sin\\s+quimio|no\\s+tratado|placebo)', 'placebo', 'comparad[oa]s?\\s+con\\s+mujeres\\s+que\\s+no\\s+recibieron'),
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  finding: anyOf('puertas?', 'tmems?', 'tumor(?:es)?', 'celulas?', 'sangre', 'pulmon(?:es)?', 'propag\\w*', 'crec\\w*', 'fren\\w*', 'lent\\w*', 'fuga\\w*', 'liquido', 'vasos?', 'macrofagos?', 'metasta\\w*', 'reduj\\w*', 'reduc\\w*', 'achic\\w*'),
  causal: [
    { name: 'cause', pattern: new RegExp(String.raw`(?<!(?:por|de)\s+(?:cualquier|otras?|toda|alguna)\s+)(?<!a\s+)${EDGE_BEFORE}caus(?:a|an|o|aron|ar|ado|ada|ados|adas|ando|ara|aran|e|en|aria|arian|aba|aban)${EDGE_AFTER}`, 'iu') },
    { name: 'lead to', pattern: anyOf('(?:lleva|llevan|llevo|llevaron|llevar|conduce|conducen|condujo|condujeron)\\s+a(?!\\s+(?:otro|otros|la\\s+sangre|los\\s+pulmones))', 'dio\\s+lugar\\s+a', 'da\\s+lugar\\s+a', 'resulto\\s+en', 'tuvo\\s+como\\s+resultado') },
    { name: 'trigger', pattern: anyOf('desencaden\\w*', 'provoc\\w*', 'induc\\w*', 'indujo', 'indujeron', 'dispar(?:a|an|o|aron)', 'enciende\\w*', 'encendio') },
    { name: 'promote', pattern: anyOf('promuev\\w*', 'promov\\w*', 'favorec\\w*', 'fomenta\\w*', 'impuls\\w*', 'propici\\w*', 'aliment\\w*', 'estimul\\w*') },
    {
      name: 'make … spread or worse',
      pattern: new RegExp(
        String.raw`${EDGE_BEFORE}(?:hace|hacen|hizo|hicieron|haga|hagan|hiciera|hicieran|hacer|haciendo|hara|haran|vuelve|vuelven|volvio|volvieron|vuelva|volver|volviendo|convierte|convierten|convirtio|convertir)${EDGE_AFTER}(?:\s+[\p{L}'’-]+){0,5}?\s+(?:que|peor(?:es)?|mas\s+agresiv\w*|agresiv\w*|mas\s+fuerte\w*|mas\s+probable|mas\s+peligros\w*|se\s+propague\w*|propagar\w*|crecer|crezca\w*|mas\s+dificil\s+de\s+tratar)${EDGE_AFTER}`,
        'iu',
      ),
    },
    { name: 'open the door', pattern: anyOf('abr(?:e|en|io|ieron|ir)\\s+(?:la|una|el)\\s+(?:puerta|camino)\\s+(?:a|para)', 'allan\\w*\\s+el\\s+camino', 'contraproducente\\w*', '(?:sal(?:e|en|io|ieron|ir|ga|gan|dra|dria)|salido)\\s+el\\s+tiro\\s+por\\s+la\\s+culata') },
    { name: 'push or send cells', pattern: anyOf('empuj\\w*', 'envi(?:a|an|o|aron|ar)', 'mand(?:a|an|o|aron)\\s+(?:las\\s+)?celulas', 'forz\\w*', 'arrastr\\w*', 'llev(?:a|an|o|aron)\\s+(?:las\\s+)?celulas\\s+de\\s+cancer') },
    {
      name: 'let or help spread',
      pattern: new RegExp(String.raw`${EDGE_BEFORE}(?:deja|dejan|dejo|dejaron|permit\w*|ayud\w*|facilit\w*)${EDGE_AFTER}(?:\s+[\p{L}'’-]+){0,3}?\s+(?:propag\w*|escap\w*|viaj\w*|entrar|entren|moverse|se\s+muevan|invadir|crecer|crezca\w*)${EDGE_AFTER}`, 'iu'),
    },
    { name: 'worsen', pattern: anyOf('empeor\\w*', 'aceler\\w*', 'apresur\\w*', 'acort\\w*', 'dañ(?:a|an|o|aron|ar)', 'perjudic\\w*') },
    { name: 'raise the risk', pattern: new RegExp(String.raw`${EDGE_BEFORE}(?:aument|elev|sub|duplic|tripl|multiplic|increment)\w*\s+(?:[\p{L}'’]+\s+){0,3}?(?:riesgos?|probabilidad(?:es)?|posibilidad(?:es)?|tasas?)${EDGE_AFTER}`, 'iu') },
    { name: 'because of chemo', pattern: anyOf('(?:a\\s+causa\\s+de|debido\\s+a|por\\s+culpa\\s+de|gracias\\s+a|causad[oa]s?\\s+por|provocad[oa]s?\\s+por)\\s+(?:la\\s+|su\\s+|el\\s+|esta\\s+|los\\s+)?(?:quimio\\w*|tratamientos?|paclitaxel|medicamentos?|farmacos?)') },
    { name: 'spreads cancer', pattern: new RegExp(String.raw`${EDGE_BEFORE}(?:quimio\w*|tratamientos?|paclitaxel|medicamentos?)\s+(?:[\p{L}'’]+\s+){0,2}?(?:propaga\w*|disemina\w*|extiende\w*)\s+(?:el\s+)?cancer${EDGE_AFTER}`, 'iu') },
    { name: 'to blame', pattern: anyOf('culpa(?:ble)?s?', 'culpar\\w*', 'responsables?\\s+de') },
  ],
  difference: anyOf(
    'mas', 'menos', 'mayor(?:es)?', 'menor(?:es)?', 'peor(?:es)?', 'mejor(?:es)?', 'mas\\s+segur\\w*', 'arriesgad\\w*', 'peligros\\w*', 'mortal(?:es)?', 'insegur\\w*',
    'aument\\w*', 'disminu\\w*', 'elev\\w*', 'reduc\\w*', 'reduj\\w*', 'duplic\\w*', 'triplic\\w*', 'mejor(?:o|aron|a)', 'superior(?:es)?', 'inferior(?:es)?', 'supero', 'superaron', 'gan(?:o|aron|a)',
  ),
  approximate: /(?:unas|unos|una|uno|alrededor\s+de|cerca\s+de|casi|aproximadamente|aprox\.?|mas\s+de|menos\s+de|poco\s+mas\s+de|poco\s+menos\s+de|hasta|apenas)\s+$/iu,
  // "La noticia dijo …", and "Según la noticia, …" ("according to the news": reported, as "the news said"; "según lo que …" endorses).
  pressSaid: new RegExp(
    String.raw`${EDGE_BEFORE}segun\s+(?:el|la|los|las|un|una|ese|esa|este|esta)\s+(?:titular(?:es)?|noticias?|articulos?|nota|sitio(?:\s+web)?|prensa|comunicado(?:\s+de\s+prensa)?|medios|periodicos?|diarios?|informes?|reportajes?)${EDGE_AFTER}|` +
      String.raw`${EDGE_BEFORE}(?:titular(?:es)?|noticias?|articulos?|nota|historia|sitio|sitio\s+web|prensa|comunicado(?:\s+de\s+prensa)?|medios|periodistas?|periodicos?|diarios?|Telegraph|cobertura|informes?|reportajes?)${EDGE_AFTER}.*${EDGE_BEFORE}(?:dijo|dice|dicen|dijeron|afirmo|afirma|afirmaron|escribio|escribe|llamo|llama|presento|presenta|informo|informa|publico|publica|nombro|menciono|conto|sugirio|insinuo|advirtio|aseguro|titulo)${EDGE_AFTER}`,
    'iu',
  ),
  factual: anyOf(
    // evidence and findings
    'estudios?', 'investigacion\\w*', 'ensayos?', 'experimentos?', 'articulos?', 'datos', 'evidencia', 'encontr(?:o|aron|ado|ada|ados|adas)', 'hallazgos?', 'mostr\\w*', 'muestra', 'demostr\\w*', 'midi\\w*', 'medi(?:r|do|da|dos|das)',
    'cont(?:o|aron|ar|ado)', 'conteos?', 'observ\\w*', 'probad\\w*', 'asoci\\w*', 'resultados?', 'pruebas?', 'comprob\\w*', 'guias?', 'aprobad\\w*', 'expertos?',
    // who
    'ratones', 'raton', 'animal(?:es)?', 'mujeres', 'mujer', 'pacientes?',
    // what
    'propag\\w*', 'metasta\\w*', 'superviv\\w*', 'sobreviv\\w*', 'muri\\w*', 'muertes?', 'morir', 'puertas?', 'tmems?', 'tumor(?:es)?', 'celulas?\\s+de\\s+cancer', 'sangre', 'pulmon(?:es)?', 'recurr\\w*', 'volvio',
    'agresiv\\w*', 'marcador\\w*', 'tejido', 'biopsia\\w*',
    // treatment
    'quimio\\w*', 'paclitaxel', 'doxorr?ubicina', 'ciclofosfamida', 'rebastinib', 'medicamentos?', 'farmacos?', 'cirugia', 'tratamientos?', 'operacion', 'dosis', 'radiacion', 'radioterapia', 'seno', 'mama',
  ),
  advice: {
    verbs: {
      keep: anyOf('siga', 'sigan', 'seguir', 'continue', 'continuen', 'continuar', 'mantenga', 'mantengan', 'mantener', 'termine', 'terminar', 'complete', 'completar', 'no\\s+abandone'),
      stop: anyOf('suspend(?:a|an|er|ido|ida|idos|idas)', 'deje(?:n)?\\s+de', 'dejar\\s+de', '(?:deje(?:n)?|dejar)(?=\\s+(?:el|la|su|sus)\\s+(?:tratamiento|quimio\\w*|medicamento))', 'pare', 'paren', 'parar', 'abandon(?:e|en|ar|ado|ada)', 'interrump(?:a|an|ir|ido|ida)', 'cancel(?:e|en|ar|ado|ada)', 'renunci(?:e|en|ar)\\s+a', 'prescind(?:a|an|ir)\\s+de'),
      delay: anyOf('retras(?:e|en|ar|ado|ada)', 'pospong(?:a|an)', 'posponer', 'pospuest[oa]s?', 'postergu(?:e|en)', 'postergar', 'postergad[oa]s?', 'demor(?:e|en|ar)', 'esper(?:e|en|ar)', 'aplac(?:e|en)', 'aplazar', 'aplazad[oa]s?', 'paus(?:e|en|ar)'),
      skip: anyOf('saltese', 'saltense', 'saltarse', 'salt(?:e|en|ar)', 'omit(?:a|an|ir|ido|ida)', 'pierd(?:a|an)\\s+(?:una\\s+)?dosis', 'falt(?:e|en|ar)\\s+a', 'reduzc(?:a|an)\\s+(?:la\\s+)?dosis'),
      avoid: anyOf('evit(?:e|en|ar|ado|ada)', 'rechac(?:e|en)', 'rechazar', 'rehus(?:e|en|ar)', 'nieguese\\s+a', 'negarse\\s+a', 'tem(?:a|an|er)', 'tenga\\s+cuidado\\s+con', 'desconfi(?:e|en|ar)\\s+de', 'alejese\\s+de', 'diga\\s+que\\s+no\\s+a', 'pienselo\\s+dos\\s+veces'),
      choose: anyOf('elij(?:a|an)', 'elegir', 'escoj(?:a|an)', 'escoger', 'opt(?:e|en|ar)\\s+por', 'pid(?:a|an)\\s+(?:la\\s+)?cirugia', 'exij(?:a|an)\\s+(?:la\\s+)?cirugia', 'cambi(?:e|en|ar)', 'cambiese', 'insist(?:a|an|ir)\\s+en', 'prefier(?:a|an)', 'preferir', 'reconsider(?:e|en|ar)', 'hagase\\s+(?:la\\s+|su\\s+)?cirugia', 'empiec(?:e|en)\\s+con\\s+(?:la\\s+)?cirugia'),
      'ask-team': anyOf('pregunt(?:e|en|ar)', 'preguntele', 'hable(?:n)?', 'hablar', 'digale', 'digaselo', 'digalo', 'diga(?:n)?', 'decir', 'decirle', 'llam(?:e|en|ar)', 'llev(?:e|en)', 'llevar', 'traig(?:a|an)', 'traer', 'coment(?:e|en|ar)', 'consult(?:e|en|ar)', 'cuent(?:e|en)', 'contar', 'anot(?:e|en|ar)', 'escrib(?:a|an|ir)', 'compart(?:a|an|ir)', 'avis(?:e|en|ar)'),
      'ask-for': anyOf(
        'pid(?:a|an|ale)\\s+(?:[\\p{L}]+\\s+){0,3}?', 'pedir', 'solicit(?:e|en|ar)', 'exij(?:a|an)', 'exigir', 'consig(?:a|an)\\s+(?:una|la|su)\\s+(?:prueba|biopsia|muestra|conteo)', 'hagase\\s+(?:una|la)\\s+(?:prueba|biopsia)',
        'tom(?:e|en)\\s+(?:el\\s+)?rebastinib', 'prueb(?:e|en)\\s+(?:el\\s+)?rebastinib', 'recet(?:e|en|ar)', 'recetad[oa]', 'pagu(?:e|en)', 'pagar', 'compr(?:e|en|ar)', 'orden(?:e|en|ar)', 'ordenad[oa]',
        'que\\s+(?:le\\s+)?cuenten\\s+(?:sus|las)\\s+puertas', 'tom(?:e|en)\\s+(?:una\\s+)?(?:muestra|biopsia)', 'biopsi\\w*',
      ),
      'join-trial': anyOf('particip(?:e|en|ar)', 'unase', 'unirse', 'inscribase', 'inscribirse', 'busqu(?:e|en)\\s+(?:un\\s+)?(?:ensayo|estudio)\\s+clinico'),
      'check-news': anyOf('revis(?:e|en|ar)', 'fijese\\s+en', 'mir(?:e|en|ar)', 'busqu(?:e|en)', 'buscar', 'compruebe', 'comprobar', 'verifiqu(?:e|en)', 'verificar'),
    },
    forms: [
      // The usted imperative at the start of a clause, after a softener ("Por favor", "Primero,"): "No suspenda …".
      new RegExp(String.raw`^(?:(?:por\s+favor|entonces|y|pero|luego|primero|segundo|tambien|en\s+cambio|solo|siempre|ahora|por\s+ultimo|hoy|asi\s+que|aun\s+asi)[,\s]+)*(?<neg>(?:no|nunca|jamas|no\s+hace\s+falta)\s+)?(?<rest>.*)$`, 'iu'),
      // "Usted debe / puede / tiene que …", or the modal at the clause's start.
      new RegExp(String.raw`(?:^|${EDGE_BEFORE}usted\s+)(?:(?:tambien|todavia|igual)\s+)?(?<neg>no\s+)?(?:debe|deberia|tiene\s+que|necesita|puede|podria|quiza\s+quiera|tal\s+vez\s+quiera)\s+(?<rest>.*)$`, 'iu'),
      // "Las pacientes (no) deben …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:las\s+|los\s+)?(?:pacientes|mujeres|personas|todas|todos|cualquiera)\s+(?<neg>no\s+)?(?:deben|deberian|tienen\s+que|necesitan|deberia|debe)\s+(?<rest>.*)$`, 'iu'),
      // "(No) hay que …", "se debe …", "es mejor …", "conviene …"
      new RegExp(
        String.raw`${EDGE_BEFORE}(?<neg>no\s+)?(?:hay\s+que|se\s+debe|se\s+deberia|conviene|(?:es|seria|puede\s+ser|parece|sera)\s+(?:[\p{L}]+\s+)?(?:mejor|mas\s+seguro|lo\s+mejor|lo\s+mas\s+seguro|sabio|prudente|conveniente|una\s+buena\s+idea|importante|razonable|aceptable))\s+(?:no\s+)?(?<rest>.*)$`,
        'iu',
      ),
      // Reported advice with an infinitive: "recomendó dejar la quimio a todas las pacientes".
      new RegExp(String.raw`${EDGE_BEFORE}(?:les?\s+)?(?:recomendo|recomendaron|aconsejo|aconsejaron|sugirio|sugirieron|propuso|propusieron)\s+(?:a\s+(?:las\s+|los\s+)?(?:mujeres|pacientes|personas)\s+)?(?<neg>no\s+)?(?<rest>[\p{L}]+(?:ar|er|ir)(?:se|la|lo)?${EDGE_AFTER}.*)$`, 'iu'),
      // Reported advice: "les dijo a las pacientes que no eviten …", "advirtió a las mujeres que …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:les?\s+)?(?:dijo|dijeron|advirtio|advirtieron|aconsejo|aconsejaron|recomendo|recomendaron|pidio|pidieron|insto|urgio)\s+(?:a\s+(?:las\s+|los\s+)?(?:mujeres|pacientes|personas|medicos|oncologos|usted|ustedes)\s+)?que\s+(?<neg>no\s+)?(?<rest>.*)$`, 'iu'),
      // "Los médicos deberían …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:su\s+|el\s+|la\s+|los\s+|las\s+)?(?:medicos?|oncologos?|clinicas?|hospital(?:es)?|cirujanos?|enfermeras?|equipos?\s+de\s+atencion(?:\s+medica)?)\s+(?:ahora\s+)?(?<neg>no\s+)?(?:deberian|deben|tienen\s+que|deberia|debe)\s+(?<rest>.*)$`, 'iu'),
      // "Usted estaría mejor sin …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:usted|las\s+pacientes|las\s+mujeres|las\s+personas)\s+(?:esta|estaria|estaran|estarian|estan)\s+(?:mucho\s+)?(?:mejor|mas\s+segur[ao]s?)\s+(?<rest>.*)$`, 'iu'),
      // "La quimio debería ser suspendida": advice in the passive.
      new RegExp(String.raw`^(?<rest>.*?)\s+(?<neg>no\s+)?(?:deberia|deberian|debe|deben|tiene\s+que|tienen\s+que)\s+ser\s+(?<verb>[\p{L}]+)${EDGE_AFTER}`, 'iu'),
      // "La quimio … debe evitarse": the same with the passive se.
      new RegExp(String.raw`^(?<rest>.*?)\s+(?<neg>no\s+)?(?:deberia|deberian|debe|deben|tiene\s+que|tienen\s+que)\s+(?<verb>[\p{L}]+?(?:ar|er|ir))se${EDGE_AFTER}`, 'iu'),
      // "Saltarse la quimio es la opción más segura": an infinitive judged best.
      new RegExp(String.raw`^(?<rest>[\p{L}]+(?:ar|er|ir)(?:se)?${EDGE_AFTER}[^,;]*?)\s+(?:es|son|seria|puede\s+ser|parece)\s+(?:la\s+|lo\s+|una\s+|un\s+)?(?:opcion\s+)?(?:mas\s+segur[ao]|mejor|lo\s+mejor|sabio|inteligente|correct[ao]|buen[ao]|unic[ao]|sensat[ao])${EDGE_AFTER}`, 'iu'),
      // "Recomendamos …", "los expertos sugieren que …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:nosotros\s+|los\s+medicos\s+|los\s+expertos\s+|los\s+investigadores\s+)?(?:recomendamos|sugerimos|aconsejamos|recomiendan|sugieren|aconsejan)\s+(?:que\s+(?:usted\s+)?)?(?<rest>.*)$`, 'iu'),
      new RegExp(String.raw`${EDGE_BEFORE}(?:considere|piense\s+en|intente|trate\s+de|procure|asegurese\s+de)\s+(?<rest>.*)$`, 'iu'),
      new RegExp(String.raw`${EDGE_BEFORE}no\s+(?:hace\s+falta|es\s+necesario)\s+(?<rest>.*)$`, 'iu'),
    ],
    careTeam: anyOf('equipo\\s+de\\s+atencion(?:\\s+medica)?', 'medicos?', 'medicas?', 'doctor(?:es|a|as)?', 'enfermer(?:a|as|o|os)', 'oncologos?', 'cirujanos?', 'equipo', 'clinica'),
    newsObject: anyOf('fechas?', 'fuentes?', 'noticias?', 'historias?', 'titular(?:es)?', 'articulos?', 'informes?'),
    orderChoice: /^\s*(?:que\s+(?:(?:le|les|me|se)\s+)?(?:den|hagan|pongan|administren|apliquen|programen)\s+)?(?:(?:la|su|el)\s+)?(?:quimio\w*|cirugia|operacion|tratamiento)\s+(?:solo\s+)?(?:despues|antes|primero|al\s+final|mas\s+tarde)(?![\p{L}])/iu,
    askedFor: anyOf('rebastinib', 'medicamentos?', 'farmacos?', 'pruebas?', 'biopsias?', 'conteos?', 'escaneos?', 'puertas?', 'tmems?', 'muestras?', 'tratamientos?'),
    condition: /^(?:si|cuando|siempre\s+que|antes\s+de|despues\s+de|hasta|a\s+menos\s+que|mientras|una\s+vez\s+que)(?![\p{L}])[^,]*,\s*/iu,
    adverb: /^\s*(?:tambien|todavia|siempre|solo|realmente|luego|ahora|primero|simplemente|incluso)\s+/iu,
    // An infinitive or a gerund at the start of a clause is its subject ("Esperar 3 meses … se asoció …"), not usted advice.
    notImperative: /^\S+(?:ar|er|ir|ando|iendo)(?:se|lo|la|los|las|le|les)?(?![\p{L}])/iu,
    askedTo: /(?<![\p{L}])que\s+(no\s+)?(.*)$/iu,
    askedWhether: /(?<![\p{L}])si\s+(.*)$/iu,
    andOr: /^\s*(?:,\s*)?(?:o|y|ni|,)\s+/iu,
  },
  numbers: {
    units: {
      uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15,
      dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veintiuno: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
    },
    tens: { veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
    scales: { cien: 100, ciento: 100, mil: 1000, millon: 1_000_000, docena: 12 },
    vague: { docenas: 24, cientos: 200, miles: 2000, millones: 2_000_000 },
    relative: anyOf('el\\s+doble', 'doble', 'duplic\\w*', 'triplic\\w*', 'triple(?!\\s+negativo)', 'cuadruplic\\w*', 'a\\s+la\\s+mitad', '\\d+(?:\\.\\d+)?\\s*(?:-|\\s)?(?:veces|x)', '(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\\s+veces', 'muchas\\s+veces'),
    discourse: new RegExp(String.raw`^\s+(?:(?:otras?|principales|cosas|grandes)\s+)?(?:casos|cosas?|puntos?|preguntas?|razon(?:es)?|ideas?|palabras?|diapositivas?|mensajes?|partes?|resultados?|diferencias?|lados?|pasos?|formas?|maneras?|minutos?|oracion(?:es)?|listas?|tipos\s+de\s+evidencia|limites?|opcion(?:es)?|momentos?|escalon(?:es)?)${EDGE_AFTER}`, 'iu'),
    // "los dos grupos", "en las dos": both (the English writes no number).
    both: /(?<![\p{L}])(?:los|las)\s+$/iu,
    per100: new RegExp(String.raw`${EDGE_BEFORE}(?:(menos|mas)\s+de\s+)?(\d+(?:\.\d+)?)\s+de\s+cada\s+100${EDGE_AFTER}`, 'giu'),
    perHundred: new RegExp(String.raw`${EDGE_BEFORE}(?:por\s+cada|de\s+cada|cada)\s+100${EDGE_AFTER}`, 'giu'),
    percent: new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:%|por\s+ciento${EDGE_AFTER})`, 'giu'),
    fraction: new RegExp(
      String.raw`${EDGE_BEFORE}([\d,.]+|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|dieciseis|diecisiete|dieciocho|diecinueve)\s+de\s+(?:los\s+|las\s+|cada\s+|estos\s+|estas\s+|esos\s+|esas\s+|sus\s+)?([\d,.]+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte)${EDGE_AFTER}`,
      'giu',
    ),
    article: 'una',
    joiner: 'y',
    half: ['y', 'medio'],
    vagueOf: { pattern: String.raw`decenas\s+de\s+|cientos\s+de\s+`, tens: /^decenas/i },
    monthDate: (months) => new RegExp(String.raw`(?<![\p{L}])(${months})(?=\s+de\s+\d{4}(?![\p{N}]))`, 'giu'),
    weak: ['un', 'una', 'uno'],
    above: /mas/i,
  },
};

/**
 * Hype in Spanish (hype-words; the English list is in src/check/rules/hype-words.ts): folded like
 * the text, whole words. A negation in the three words before excuses a word ("no es una cura"),
 * not a hedged prediction.
 */
export const HYPE_ES = anyOf(
  'avances?\\s+historic[oa]s?', 'avances?\\s+revolucionari[oa]s?', 'revolucionari[oa]s?', 'revolucionar\\w*', 'milagro(?:s|so|sa|sos|sas)?', 'cura(?:s|n|ra|ran)?', 'curo', 'curad[oa]s?',
  'bala\\s+magica', 'santo\\s+grial', 'sin\\s+precedentes?', 'cambiara\\s+(?:para\\s+siempre\\s+)?(?:el|la|los|las)\\s+(?:tratamiento|atencion|medicina)\\w*', 'cambio\\s+radical',
  'prueba(?:n)?\\s+que', 'demuestra(?:n)?\\s+que', 'demostro\\s+que', 'comprobad[oa]', 'garantiza(?:n|do|da|ra)?', 'garantia\\s+de', 'nuevo\\s+estandar',
  'primero\\s+de\\s+su\\s+tipo', 'unico\\s+en\\s+su\\s+tipo', 'prueba\\s+de\\s+sangre\\s+sencilla',
);
export const HYPE_HEDGES_ES = anyOf('podria\\s+llevar\\s+a', 'podria\\s+conducir\\s+a');
