// The words the claim checks need, in one place, per language. The structure (which facts a
// sentence cites, who they are about, which numbers they have) decides what a sentence may say;
// these lists only find the few kinds of words that structure cannot see: a mention of people,
// an outcome, causal wording, a quantifier, advice. Each list is here once, so two rules can never
// disagree about what "waiting" or "people" means.
//
// Matching is Unicode-aware (letters on either side mean we are inside a longer word; JavaScript's
// \b is ASCII-only and breaks on accented words), case-insensitive, on text with quotations masked.

import type { AdviceAction, Arms } from '../../model/facts.ts';
import type { Lang } from '../../model/locales.ts';
import { EDGE_AFTER, EDGE_BEFORE } from '../../model/word-edge.ts';
import { anyOf } from './match.ts';
import { ES } from './words-es.ts';

export { anyOf, everyOf, firstOf } from './match.ts';

export interface ClaimWords {
  /** Mentions of people (the audience included). */
  readonly people: RegExp;
  /** People named as where a tumor came from, or as who results must still be tested in: not a claim about them. */
  readonly peopleNotClaimed: RegExp;
  /** Mentions of the study animals. */
  readonly animals: RegExp;
  /** Words that negate what follows them in the same clause. */
  readonly negation: RegExp;
  /** Words that put what follows in question, not asserted: "whether …", "sources disagree on …". */
  readonly nonAsserting: RegExp;
  /** Phrases with a negation word that do not negate ("not only", "no doubt"): blanked first. */
  readonly notNegating: RegExp;
  /** What happened to people: spread, coming back, death, survival (a clinical outcome). */
  readonly clinical: RegExp;
  /** The groups of a comparison (src/model/facts.ts ARMS), first and second, as sentences name them. */
  readonly arms: { readonly [A in Arms]: { readonly first: RegExp; readonly second: RegExp } };
  /** How messages name the groups of a comparison, first and second. */
  readonly armLabels: { readonly [A in Arms]: readonly [string, string] };
  /** A direction of a comparison: more of the measure, or less. */
  readonly more: RegExp;
  readonly less: RegExp;
  /** Harm or benefit said of a treatment ("too risky", "safer", "puts women in danger"). */
  readonly harmOrBenefit: RegExp;
  /** The treatment a harm or benefit is said of. */
  readonly treatment: RegExp;
  /** A design the tissue study did not have: random groups, a group without chemo. */
  readonly randomGroups: RegExp;
  /** Month names (a date's month is a number of the fact). */
  readonly months: readonly string[];
  /** A quantifier over a group of people: all, every, most, half, none. */
  readonly quantifier: RegExp;
  /** What a quantifier is over, when it is over people ("most of the women", "all of them", "every case"). */
  readonly quantified: RegExp;
  /** Words of a finding about a tumor or cells (in a sentence about mice, it must say mice). */
  readonly finding: RegExp;
  /** Causal wording: causes, leads to, makes … spread, raises the risk. */
  readonly causal: readonly { readonly name: string; readonly pattern: RegExp }[];
  /** A claimed difference between two groups (where the facts say "about the same"). */
  readonly difference: RegExp;
  /** Said before a number that is approximate. */
  readonly approximate: RegExp;
  /** Reported speech from the press ("the headline said"): someone else's words. */
  readonly pressSaid: RegExp;
  /** What makes a sentence factual: it needs a fact (or it is framing). */
  readonly factual: RegExp;
  /** Right after a match, a word that denies it ("… none", "… ninguno"). */
  readonly negationAfter: RegExp;
  /** A press attribution that endorses rather than reports ("As the news said, …"): at the start of what comes before. */
  readonly endorses: RegExp;
  /** Where a sentence splits into clauses besides ; : and dashes ("but", "while"; ", and", ", so"). */
  readonly clauseSplit: RegExp;
  /** "This study answered yes": a question's answer that affirms what it asks. */
  readonly affirms: RegExp;
  /** A yes-or-no question turned into the statement it asks about. */
  readonly statementOf: (question: string) => string;
  /** Where a sentence turns from one group of a comparison to the other ("versus", "while", a comma). */
  readonly turn: RegExp;
  /** "more than 20", "no more", "more or less": the words of a difference that claim none. */
  readonly notADifference: RegExp;
  /** "X means Y", "X is when Y", "X refers to Y": a definition (groups 1 and 2, the term and its meaning). */
  readonly defines: RegExp;
  /** "compared with", "than", "versus": what follows names the baseline group. */
  readonly baseline: RegExp;
  /** Words that may stand between the baseline word and the group's name ("the", "women who had"). */
  readonly baselineLead: string;
  /** Capitalized for other reasons than naming something: the pronoun, titles before a name, days and months (claim-names). */
  readonly notNames: ReadonlySet<string>;
  /**
   * The words of names as this language translates them ("Universidad de California" for
   * "University of California"), folded and lowercase, each with the English words it stands
   * for: a translated name is checked against the English facts word by word, so "Universidad de
   * Stanford" for "University of California" still fails on "Stanford". English: none.
   */
  readonly nameWords: Readonly<Record<string, readonly string[]>>;
  /** Words that start a sentence without naming anything ("The FDA …": "The" is not a name; claim-names). */
  readonly openers: ReadonlySet<string>;
  /** Advice: the verbs of each action, and the forms that make a sentence advice. */
  readonly advice: {
    readonly verbs: { readonly [A in AdviceAction]: RegExp };
    /** A clause that gives advice: an imperative, "you should …", "it is best to …". Group `rest` is what follows. */
    readonly forms: readonly RegExp[];
    /** Something asked for that is a treatment or a test ("ask for rebastinib"). */
    readonly askedFor: RegExp;
    /** Whom "ask", "tell" or "call" must name to be advice about care (not "ask questions at any time"). */
    readonly careTeam: RegExp;
    /** What "check" must name to be advice about health news (not "check your understanding"). */
    readonly newsObject: RegExp;
    /**
     * A treatment asked for at a time ("ask for chemo after surgery", "pedir que le den la quimio
     * después"): choosing the order, not asking a question (the object of "ask … for").
     */
    readonly orderChoice: RegExp;
    /** A leading condition before the advice ("If you are worried, …"). */
    readonly condition: RegExp;
    /** Words between "you can" and its verb ("you can also ask"). */
    readonly adverb: RegExp;
    /** A verb form at a clause's start that is not an imperative ("Stopping treatment …"). */
    readonly notImperative: RegExp;
    /** What is asked for after "ask your doctor": "(not) to hold off …" (group 1 the negation, 2 the rest). */
    readonly askedTo: RegExp;
    /** "ask whether …", "ask if …": group 1 the question asked. */
    readonly askedWhether: RegExp;
    /** "or", "and", a comma: another verb of the same advice follows. */
    readonly andOr: RegExp;
  };
  /** Number words: small ones, tens, scales, and relative words ("twice", "tripled", "-fold"). */
  readonly numbers: {
    readonly units: Readonly<Record<string, number>>;
    readonly tens: Readonly<Record<string, number>>;
    readonly scales: Readonly<Record<string, number>>;
    /** Counts without a number: "hundreds", "thousands of women", "tens of thousands" (the smallest they can mean). */
    readonly vague: Readonly<Record<string, number>>;
    readonly relative: RegExp;
    /** Nouns after a small number that make it a count of the talk's own parts ("two things"), not a claim. */
    readonly discourse: RegExp;
    /**
     * What, just before "two", makes it "both" ("los dos grupos", "en las dos"): not a count (the
     * English says "both", with no number). Matched on the text before the number. null: none.
     */
    readonly both: RegExp | null;
    /** "N in 100" (group 1 the bound word, group 2 the number). */
    readonly per100: RegExp;
    /** "per 100 women": the 100 of a natural frequency, not a number of its own. */
    readonly perHundred: RegExp;
    readonly percent: RegExp;
    /** "N of M", "N out of M", "N in M" (groups 1 and 2). */
    readonly fraction: RegExp;
    /** Before a scale word, what makes it one ("a dozen", "a hundred"). */
    readonly article: string;
    /** Joins tens and units ("treinta y cinco"), or null where they are one word. */
    readonly joiner: string | null;
    /** "and a half", "y medio": after a number, half of one more. */
    readonly half: readonly string[];
    /** "tens of", "hundreds of" before a vague count (group 1; the word's value by its start). */
    readonly vagueOf: { readonly pattern: string; readonly tens: RegExp };
    /** A month in a date: group 1 the month's name (words.months). */
    readonly monthDate: (months: string) => RegExp;
    /** Words that as one word are too common to be a count ("one"; "un", "una"). */
    readonly weak: readonly string[];
    /** The bound word of "more than N in 100" that makes it an upper share (else a lower one). */
    readonly above: RegExp;
  };
}

const NEG = "not|no|never|neither|nor|without|cannot|can't|nothing|nobody|none|n't";

/** "Does chemo help X?" → "chemo help X"; "Should chemo be stopped?" → "chemo should be stopped". */
const INVERTED = /^(?:(?:so|and|but)[,\s]+)?(?<aux>does|do|did|is|are|was|were|can|could|should|will|would|may|might|has|have)\s+(?<rest>.+?)\?*["'”’)\]]*$/iu;

function englishStatementOf(question: string): string {
  const m = INVERTED.exec(question.trim());
  if (!m?.groups) return question.replace(/\?+\s*$/u, '.');
  const { aux, rest } = m.groups as { aux: string; rest: string };
  // "Should chemo before surgery be stopped" → "chemo before surgery should be stopped".
  const be = /^(.*?)\s+(be|have|get)\s+(.*)$/iu.exec(rest);
  if (/^(?:should|can|could|will|would|may|might)$/i.test(aux) && be) return `${be[1]} ${aux.toLowerCase()} ${be[2]} ${be[3]}.`;
  if (/^(?:does|do|did)$/i.test(aux)) return `${rest}.`;
  const verb = /^(\S+(?:\s+\S+){0,3}?)\s+(\S+(?:ed|ing|en))\b(.*)$/iu.exec(rest);
  return verb ? `${verb[1]} ${aux.toLowerCase()} ${verb[2]}${verb[3]}.` : `${rest}.`;
}

export const EN: ClaimWords = {
  negationAfter: /^\s+(?:no|none|nothing|neither)(?![\p{L}])/iu,
  endorses: /^\s*as\b/i,
  clauseSplit: /\s*[;:]\s+|\s+[—–]\s+|\s+-\s+|,?\s+(?=(?:but|while|whereas)\s)|,\s+(?=(?:and|so|yet)\s)/i,
  affirms:
    /^(?:yes\b|(?:this|the|that)\s+(?:\d{4}\s+)?(?:study|studies|research|paper|trials?|experiments?|article|story|headline)|it|they|researchers|scientists|experts|doctors)\s+(?:\w+\s+)?(?:answered|answers|says|said|shows|showed|found|finds|proved|proves|confirmed|confirms|suggests|suggested)\s*(?:that\s+)?(?:yes|so|it\s+(?:does|did|is|was|can|could|should|will|would)|they\s+(?:do|did|are|were|should))\b/iu,
  statementOf: englishStatementOf,
  turn: /\s*[,;]\s*|\s+(?:versus|vs\.?|compared\s+(?:with|to)|while|whereas|but|and)\s+/giu,
  notADifference: /\b(?:more|less|fewer)\s+than\s+(?=\d|about|a\b)|\bno\s+(?:more|less)\b|\bmore\s+(?:or\s+less|about)\b|\bor\s+(?:more|less|longer)\b/giu,
  defines: /^(.{2,60}?)\s+(?:means|meant|is\s+when|refers\s+to|stands\s+for|is\s+(?:the\s+)?(?:term|word|name)\s+for|is\s+defined\s+as)\s+(.+)$/iu,
  baseline: /(?<![\p{L}])(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than(?:\s+with)?|versus|vs\.?|relative\s+to)\s+/giu,
  baselineLead: 'the|a|women|people|those|who|had|having|getting|giving',
  nameWords: {},
  notNames: new Set([
    'i', 'dr', 'mr', 'ms', 'mrs', 'prof', 'professor',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ]),
  openers: new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'and', 'but', 'so', 'if', 'when', 'as', 'after', 'before', 'with', 'it', 'its', 'our', 'your', 'their', 'his', 'her', 'we', 'you', 'they', 'some', 'most', 'all', 'no', 'one', 'two', 'since', 'both', 'each', 'by', 'from', 'of', 'to', 'what', 'who', 'why', 'how']),
  people: anyOf('women', 'woman', "women's", 'people', 'person', 'persons', 'patients?', "patients'", 'humans?', 'men', 'you', 'your', 'yours', 'survivors?', 'mothers?', 'anyone', 'everyone'),
  peopleNotClaimed: new RegExp(
    [
      String.raw`(?:tumou?rs?|cells?|tissue|samples?)\s+(?:that\s+)?(?:taken\s+|came\s+|come\s+|comes\s+|grown\s+)?from\s+(?:a\s+|the\s+)?(?:human\s+)?(?:patients?|people|women|woman|person)`,
      String.raw`human\s+(?:tumou?rs?|cancer\s+cells|breast\s+tumou?rs?)`,
      // "must still be tested in people", "not yet shown in women": who a result still has to be checked in (not "was later confirmed in patients").
      String.raw`(?:not|never|yet\s+to\s+be|still\s+(?:needs?|has|have)\s+to\s+be|must\s+(?:still\s+)?be|needs?\s+to\s+be|will\s+(?:need\s+to\s+)?be|should\s+be|until\s+it\s+is|before\s+it\s+is|to\s+be)\s+(?:\w+\s+)?(?:checked|tested|studied|confirmed|seen|shown|proven|repeated|known)\s+(?:yet\s+)?in\s+(?:people|women|patients|humans)`,
      String.raw`(?:as\s+)?you\s+(?:can\s+see|saw|will\s+see|may\s+remember|might\s+remember|heard)`,
      // Who was in a trial, not what happened to them: "people whose breast cancer had already spread".
      String.raw`(?:people|women|patients|anyone)\s+(?:whose|with)\s+(?:breast\s+)?cancer\s+(?:that\s+)?(?:had|has)\s+(?:already\s+)?spread`,
    ].join('|'),
    'iu',
  ),
  animals: anyOf('mice', 'mouse', "mouse's", 'animals?', 'rodents?', 'lab\\s+animals?', 'rats?', 'rabbits?', 'dogs?', 'monkeys?', 'pigs?', 'hamsters?', 'zebrafish'),
  negation: new RegExp(`(?<![\\p{L}])(?:${NEG})(?![\\p{L}])`, 'iu'),
  nonAsserting: anyOf('whether', '(?:disagree|differ)s?\\s+(?:on|about|over)', 'it\\s+is\\s+(?:unclear|unknown|not\\s+known)', 'unclear\\s+(?:whether|if)'),
  notNegating: anyOf('not\\s+only', 'not\\s+just', 'no\\s+doubt', 'without\\s+(?:a\\s+|any\\s+)?doubt', 'no\\s+question', 'no\\s+wonder', 'not\\s+surprisingly', 'nothing\\s+but', 'no\\s+longer'),
  clinical: anyOf(
    '(?:cancer\\s+)?cells?\\s+in\\s+(?:the\\s+|their\\s+|your\\s+|her\\s+)?(?:blood(?:stream)?|lungs?)', 'bloodstream', 'lungs?', 'organs?',
    'spread\\w*', 'metasta\\w*', 'relaps\\w*', 'recurr\\w*', 'came\\s+back', 'come\\s+back', 'comes\\s+back', 'coming\\s+back', 'returned', 'return',
    'surviv\\w*', 'lived', 'live\\s+(?:longer|shorter)', 'lives', 'life', 'lifespan', 'died', 'die', 'dies', 'dying', 'deaths?', 'mortality', 'fatal',
    'aggressive', 'worse', 'harm(?:ed|s|ful)?', 'hurt', 'outcomes?', 'prognosis', 'travel\\w*\\s+(?:to|through)', 'escap\\w*', 'invad\\w*', 'disappear\\w*', 'vanish\\w*', 'went\\s+away', 'cured',
  ),
  quantifier: anyOf(
    'all', 'every', 'each', 'most', 'majority', 'nearly\\s+all', 'almost\\s+all', 'all\\s+but', 'none', 'nobody', 'no\\s+(?:one|woman|women|patient)',
    'half', 'few', 'several', '(?<!how\\s)many\\s+of\\s+(?:them|the\\s+women)', 'a\\s+third', 'a\\s+quarter', 'three\\s+quarters', 'two\\s+thirds', 'virtually\\s+all', 'without\\s+exception', 'uniform(?:ly)?',
  ),
  quantified: new RegExp(String.raw`^,?(?:\s+(?:of|the|these|those|their|her|one|single|last|leftover|residual|\d+|twenty|[\p{L}-]+ed))*?\s*(?:women|woman|patients?|people|persons?|them|they|cases?|tumou?rs?|samples?|of\s+us)${EDGE_AFTER}|^\s*(?:had|showed|saw|got|were|was)${EDGE_AFTER}`, 'iu'),
  arms: {
    'before-after': {
      first: anyOf('chemo(?:therapy)?\\s+(?:came\\s+|comes\\s+|was\\s+given\\s+|given\\s+)?(?:first|before(?:\\s+(?:the\\s+)?(?:surgery|operation))?)', 'before\\s+(?:the\\s+)?surgery', 'neoadjuvant', 'pre-?operative'),
      second: anyOf('surgery\\s+(?:came\\s+)?first', 'chemo(?:therapy)?\\s+(?:came\\s+|was\\s+given\\s+|given\\s+)?after', '(?:given\\s+|came\\s+)?after\\s+(?:the\\s+)?(?:surgery|operation)', 'adjuvant', 'post-?operative', 'chemo\\s+second'),
    },
    'chemo-none': {
      first: anyOf('(?:with|on|got|given|after|had|receiving|getting)\\s+(?:the\\s+)?(?:chemo(?:therapy)?|paclitaxel|drug)', 'chemo(?:therapy)?', 'paclitaxel', 'treated'),
      second: anyOf('without\\s+(?:chemo(?:therapy)?|paclitaxel|treatment)', 'no\\s+chemo', 'untreated', 'got\\s+none'),
    },
    'late-early': {
      first: anyOf('late', 'later', 'wait\\w*', 'delay\\w*', '(?:3|three)\\s+months\\s+or\\s+more', '91\\s+days\\s+or\\s+more', 'put\\w*\\s+off', 'long\\s+waits?', 'stopping', 'skipping', 'pushing\\s+back'),
      second: anyOf('early', 'earlier', 'sooner', 'promptly', 'on\\s+time', 'within\\s+(?:1|one)\\s+to\\s+(?:3|three)\\s+months'),
    },
  },
  armLabels: {
    'before-after': ['chemo before surgery', 'chemo after surgery'],
    'chemo-none': ['chemo', 'no chemo'],
    'late-early': ['starting chemo late', 'starting it early'],
  },
  more: anyOf('more', 'higher', 'greater', 'bigger', 'larger', 'faster', 'quicker', 'increas\\w*', 'ris(?:e|es|ing)', 'rose', 'rais\\w*', 'boost\\w*', 'doubl\\w*', 'tripl\\w*', 'extra', 'longer', 'up'),
  less: anyOf('less', 'lower', 'fewer', 'smaller', 'slower', 'decreas\\w*', 'drop\\w*', 'fell', 'reduc\\w*', 'cut\\w*', 'halv\\w*', 'shorter', 'slowed', 'shr[ai]nk\\w*', 'shrunk'),
  harmOrBenefit: anyOf('too\\s+risky', 'risk(?:y|ier)', 'danger(?:ous)?', 'unsafe', 'safer', 'safest', 'the\\s+safe\\s+choice', 'harmful', 'deadl(?:y|ier)', 'backfir\\w*', 'puts?\\s+[\\p{L}]+\\s+(?:in|at)\\s+(?:danger|risk)', 'better\\s+(?:choice|option|outcomes?|results?)', 'worse\\s+(?:choice|option|outcomes?|results?)', 'lowers?\\s+survival', 'raises?\\s+(?:the\\s+)?risk', 'shortens?\\s+(?:lives|life)'),
  treatment: anyOf('chemo(?:therapy)?', 'paclitaxel', 'treatment', 'surgery', 'neoadjuvant', 'operation', 'drugs?', 'rebastinib', 'medicines?'),
  randomGroups: anyOf('random\\w*', 'chance\\s+decided', 'control\\s+group', '(?:a|the)\\s+(?:no-chemo|untreated|placebo)\\s+group', 'placebo', 'compared\\s+(?:with|to)\\s+(?:[\\p{L}\\d-]+\\s+){0,5}?(?:who\\s+)?(?:had|got|received|were\\s+given)\\s+(?:no|no\\s+other)\\s+(?:chemo\\w*|treatment)', '(?:untreated|chemo-free|unexposed)\\s+(?:women|patients|tumou?rs|tissue|controls?)', 'women\\s+who\\s+(?:had|got)\\s+no\\s+chemo'),
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  finding: anyOf('doorways?', 'tmems?', 'tumou?rs?', 'cells?', 'blood', 'lungs?', 'spread\\w*', 'grow\\w*', 'grew', 'slow\\w*', 'leak\\w*', 'vessels?', 'macrophages?', 'metasta\\w*', 'shr[ai]nk\\w*'),
  causal: [
    { name: 'cause', pattern: new RegExp(String.raw`(?<!(?:from|of)\s+(?:any|all|other|unknown)\s+)${EDGE_BEFORE}caus(?:e|es|ed|ing)${EDGE_AFTER}`, 'iu') },
    { name: 'lead to', pattern: anyOf('(?:lead|leads|led|leading)\\s+to', 'resulted\\s+in', 'results?\\s+in(?!\\s+(?:the\\s+)?(?:mice|mouse|people|women|patients|animals|humans|trials?|lab))', 'give\\s+rise\\s+to') },
    { name: 'trigger', pattern: anyOf('trigger(?:s|ed|ing)?', 'sets?\\s+off', 'spark(?:s|ed|ing)?', 'provok(?:e|es|ed|ing)', 'unleash(?:es|ed|ing)?', 'induc(?:e|es|ed|ing)', 'switch(?:es|ed)?\\s+on', 'turn(?:s|ed)?\\s+on') },
    // Promoting a disease ("fuels the cancer", "drives spread"), not "a press release promoting the results".
    {
      name: 'promote',
      pattern: new RegExp(
        String.raw`${EDGE_BEFORE}(?:promot(?:e|es|ed|ing)|fuel(?:s|ed|led|ing|ling)?|feed(?:s|ing)?|fed|drive(?:s|n)?|drove|driving|boost(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|stimulat(?:e|es|ed|ing))${EDGE_AFTER}(?:\s+[\p{L}'’-]+){0,4}?\s+(?:spread\w*|growth|grow\w*|metasta\w*|cancers?|tumou?rs?|invasion|cells?|disease)${EDGE_AFTER}`,
        'iu',
      ),
    },
    {
      name: 'make … spread or worse',
      pattern: new RegExp(
        String.raw`${EDGE_BEFORE}(?:make|makes|made|making|turn|turns|turned|render|renders|rendered)${EDGE_AFTER}(?:\s+[\p{L}'’-]+){0,5}?\s+(?:worse|nastier|meaner|stronger|deadlier|(?:more\s+)?aggressive|(?:more\s+)?invasive|more\s+likely|spread\w*|grow|come\s+back|easier|dangerous|harder\s+to\s+treat|into)${EDGE_AFTER}`,
        'iu',
      ),
    },
    { name: 'open the door', pattern: anyOf('open(?:s|ed|ing)?\\s+(?:the|a)\\s+(?:door|way|gate)', 'pav(?:e|es|ed)\\s+the\\s+way', 'backfir\\w*') },
    { name: 'push or send cells', pattern: anyOf('push(?:es|ed|ing)?', 'send(?:s|ing)?', 'sent', 'forc(?:e|es|ed|ing)', 'sweep\\w*', 'carr(?:y|ies|ied)\\s+cancer') },
    { name: 'let or help spread', pattern: new RegExp(String.raw`${EDGE_BEFORE}(?:let|lets|letting|help|helps|helped|helping|allow|allows|allowed|allowing|enable|enables|enabled)${EDGE_AFTER}(?:\s+[\p{L}'’-]+){0,3}?\s+(?:spread|escape|travel|get\s+into|move|invade|grow|seed)${EDGE_AFTER}`, 'iu') },
    { name: 'worsen', pattern: anyOf('worsen(?:s|ed|ing)?', 'accelerat(?:e|es|ed|ing)', 'speeds?\\s+up', 'sped\\s+up', 'hasten(?:s|ed)?', 'shorten(?:s|ed|ing)?', 'damag(?:e|es|ed|ing)', 'harm(?:s|ed|ing)?', 'hurt(?:s|ing)?') },
    { name: 'raise the risk', pattern: new RegExp(String.raw`${EDGE_BEFORE}(?:increas|rais|boost|doubl|tripl|heighten|multipl|lift|up)\w*\s+(?:[\p{L}'’]+\s+){0,3}?(?:risks?|chances?|odds|likelihood|rates?)${EDGE_AFTER}`, 'iu') },
    { name: 'because of chemo', pattern: anyOf('(?:because\\s+of|due\\s+to|as\\s+a\\s+result\\s+of|owing\\s+to|thanks\\s+to|caused\\s+by|by)\\s+(?:the\\s+|their\\s+|your\\s+|her\\s+|this\\s+)?(?:chemo\\w*|treatments?|paclitaxel|drugs?|medicines?)') },
    { name: 'spreads cancer', pattern: new RegExp(String.raw`${EDGE_BEFORE}(?:chemo\w*|treatments?|paclitaxel|drugs?|it)\s+(?:[\p{L}'’]+\s+){0,2}?(?:spreads?|spreading|spread)\s+(?:the\s+|your\s+|breast\s+)?cancer${EDGE_AFTER}|${EDGE_BEFORE}(?:spreads|spreading)\s+(?:the\s+|your\s+|breast\s+)?cancer${EDGE_AFTER}`, 'iu') },
    { name: 'to blame', pattern: anyOf('to\\s+blame', 'blam(?:e|es|ed|ing)', 'responsible\\s+for', 'at\\s+fault') },
  ],
  difference: anyOf(
    'more', 'less', 'fewer', 'higher', 'lower', 'greater', 'smaller', 'bigger', 'worse', 'better', 'safer', 'riskier', 'risky', 'dangerous', 'deadlier', 'unsafe',
    'increas\\w*', 'decreas\\w*', 'rais\\w*', 'reduc\\w*', 'doubl\\w*', 'tripl\\w*', 'halv\\w*', 'cut\\w*', 'improv\\w*', 'superior', 'inferior', 'outperform\\w*', 'beat\\w*', 'win\\w*', 'wins',
  ),
  approximate: new RegExp(String.raw`(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|just\s+under|just\s+over|more\s+than|fewer\s+than|less\s+than|over|under)\s+$`, 'iu'),
  pressSaid: new RegExp(
    String.raw`${EDGE_BEFORE}(?:headlines?|news|article|story|stories|site|website|press(?:\s+release)?|media|reporters?|newspapers?|Telegraph|coverage|reports?)${EDGE_AFTER}.*${EDGE_BEFORE}(?:said|says|say|claimed|claims|wrote|writes|called|calls|reported|reports|named|names|listed|mentioned|told|suggested|implied|warned)${EDGE_AFTER}`,
    'iu',
  ),
  factual: anyOf(
    // evidence and findings
    'stud(?:y|ies|ied)', 'trials?', 'research\\w*', 'scientists?', 'experiments?', 'paper', 'data', 'evidence', 'found', 'findings?', 'show(?:s|ed|n)?', 'measur\\w*', 'count\\w*',
    'looked\\s+at', 'tested', 'reported', 'link(?:ed)?', 'results?', 'proof', 'prov(?:e|es|ed|en)', 'guidelines?', 'approved', 'experts?',
    // who
    'mice', 'mouse', 'animals?', 'women', 'woman', 'patients?',
    // what
    'spread\\w*', 'metasta\\w*', 'surviv\\w*', 'died', 'deaths?', 'die', 'dying', 'doorways?', 'tmems?', 'tumou?rs?', 'cancer\\s+cells?', 'blood', 'lungs?', 'recurr\\w*', 'came\\s+back', 'come\\s+back',
    'aggressive', 'markers?', 'tissue', 'biops\\w*', 'tests?',
    // treatment
    'chemo\\w*', 'paclitaxel', 'doxorubicin', 'cyclophosphamide', 'rebastinib', 'drugs?', 'medicines?', 'surgery', 'treatments?', 'operation', 'doses?', 'radiation', 'breast',
  ),
  advice: {
    verbs: {
      keep: anyOf('keep', 'keeping', 'continue', 'continuing', 'stick\\s+(?:to|with)', 'stay\\s+(?:on|with)', 'go\\s+on\\s+with', 'carry\\s+on', 'finish', 'complete'),
      stop: anyOf('stop', 'stopping', 'stopped', 'quit', 'quitting', 'end', 'halt', 'discontinue\\w*', 'give\\s+up', 'drop', 'dropped', 'abandon\\w*', 'cancel\\w*', 'forgo', 'forego', 'do\\s+without', 'go\\s+without', 'pass\\s+on', 'walk\\s+away\\s+from'),
      delay: anyOf('delay', 'delaying', 'delayed', 'postpone\\w*', 'put\\s+off', 'putting\\s+off', 'wait', 'waiting', 'hold\\s+off', 'push\\s+back', 'pause', 'hold\\s+back\\s+on', 'slow\\s+down'),
      skip: anyOf('skip', 'skipping', 'skipped', 'miss', 'missing', 'missed', 'cut\\s+back', 'cut\\s+down'),
      avoid: anyOf('avoid', 'avoiding', 'avoided', 'refuse', 'refusing', 'refused', 'decline', 'declining', 'be\\s+wary\\s+of', 'be\\s+careful\\s+with', 'fear', 'turn\\s+down', 'steer\\s+clear\\s+of', 'say\\s+no\\s+to', 'stay\\s+away\\s+from', 'reject', 'think\\s+twice'),
      choose: anyOf('choose', 'choosing', 'pick', 'rethought', 'rethink', 'reconsidered', 're-?evaluated', 'abandoned', 'demand\\s+surgery', 'ask\\s+for\\s+surgery', 'request\\s+surgery', 'opt\\s+for', 'go\\s+for', 'go\\s+with', 'switch', 'switching', 'change', 'changing', 'insist\\s+on', 'have\\s+(?:your\\s+|the\\s+|my\\s+)?surgery', 'get\\s+(?:your\\s+|the\\s+|my\\s+)?surgery', 'start\\s+with\\s+surgery', 'prefer', 'reconsider'),
      'ask-team': anyOf('ask', 'asking', 'talk', 'talking', 'tell', 'telling', 'call', 'calling', 'bring', 'bringing', 'say', 'share', 'write\\s+down', 'discuss', 'speak'),
      'ask-for': anyOf(
        'ask\\s+(?:[\\p{L}’\']+\\s+){0,3}?for', 'request', 'requesting', 'demand', 'demanding', 'get\\s+(?:a|an|the|your)\\s+(?:test|biopsy|count|scan|sample)', 'get\\s+rebastinib',
        'try\\s+rebastinib', 'take\\s+rebastinib', 'look\\s+into\\s+rebastinib', 'add\\s+rebastinib', 'give\\s+(?:you\\s+|me\\s+|her\\s+)?rebastinib', 'prescribe', 'pay\\s+for', 'buy', 'order',
        'take\\s+(?:a\\s+)?(?:small\\s+)?(?:tissue\\s+|tumou?r\\s+)?(?:sample|biopsy)', 'added', 'prescribed', 'ordered', 'biopsied', 'do\\s+(?:a\\s+)?biops\\w*', 'biops(?:y|ies)', 'count\\s+(?:your|my|her|the)', 'test\\s+(?:your|my|her|the)', 'check\\s+(?:your|my|her|the)\\s+(?:doorways?|tumou?r)',
      ),
      'join-trial': anyOf('join', 'joining', 'enrol\\w*', 'sign\\s+up', 'take\\s+part', 'look\\s+for\\s+(?:a\\s+)?(?:clinical\\s+)?trials?'),
      'check-news': anyOf('check', 'checking', 'look\\s+at', 'look\\s+for'),
    },
    forms: [
      // Imperative at the start of a clause, after a softener ("Please", "So", "First,").
      new RegExp(String.raw`^(?:(?:please|so|and|but|then|first|second|also|instead|just|always|now|finally|today)[,\s]+)*(?<neg>(?:do\s+not|don['’]t|never|no\s+need\s+to)\s+)?(?<rest>.*)$`, 'iu'),
      // "You should / must / need to / can / may want to …"; "patients should …" (not "women can": that reports)
      new RegExp(String.raw`${EDGE_BEFORE}you\s+(?:really\s+)?(?:should|must|need\s+to|have\s+to|ought\s+to|had\s+better|can|could|might\s+want\s+to|may\s+want\s+to|will\s+want\s+to)(?<neg>\s+not|n['’]t)?\s+(?<rest>.*)$`, 'iu'),
      new RegExp(String.raw`${EDGE_BEFORE}(?:patients|women|people|everyone|anyone)\s+(?:really\s+)?(?:should|must|need\s+to|have\s+to|ought\s+to|had\s+better)(?<neg>\s+not|n['’]t)?\s+(?<rest>.*)$`, 'iu'),
      // "It is best / better / safer / wise to …", "it may be wise to …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:it\s+(?:is|may\s+be|might\s+be|could\s+be|would\s+be|seems|is\s+probably)|it['’]s|is\s+it|would\s+be|is)\s+(?:\p{L}+\s+)?(?:best|better|safer|safest|wise|wiser|smart|smarter|a\s+good\s+idea|important|sensible|reasonable|okay|ok|fine)\s+(?<neg>not\s+)?to\s+(?<rest>.*)$`, 'iu'),
      // Reported advice: "warned women to avoid …", "told patients not to stop …", "tell doctors to biopsy …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:told|tells|tell|warned|warns|warn|advised|advises|advise|urged|urges|urge|asked|asks|recommended|recommends|instructed|instructs|want|wants)\s+(?:women|patients|people|you|everyone|doctors|oncologists|them|her)\s+(?<neg>not\s+)?to\s+(?<rest>.*)$`, 'iu'),
      // "Doctors should / ought to …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:your\s+|the\s+)?(?:doctors?|oncologists?|clinics?|hospitals?|surgeons?|nurses?|care\s+teams?)\s+(?:now\s+)?(?:should|must|ought\s+to|need\s+to|have\s+to)(?<neg>\s+not|n['’]t)?\s+(?<rest>.*)$`, 'iu'),
      // "You are better off …ing", "women would be better off without …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:you|patients|women|people|anyone)\s+(?:are|would\s+be|will\s+be|may\s+be|might\s+be)\s+(?:much\s+)?(?:better|safer)\s+off\s+(?<rest>.*)$`, 'iu'),
      // "Chemo should be dropped / put off / skipped": advice in the passive.
      new RegExp(String.raw`^(?<rest>.*?)\s+(?:should|must|ought\s+to|needs?\s+to)(?<neg>\s+not|n['’]t)?\s+be\s+(?<verb>[\p{L}]+(?:\s+(?:off|back|up))?)${EDGE_AFTER}`, 'iu'),
      // "Skipping chemo before surgery is the safer choice": a gerund, judged best.
      new RegExp(String.raw`^(?<rest>[\p{L}]+ing${EDGE_AFTER}[^,;]*?)\s+(?:(?:is|are|was|would\s+be|may\s+be|seems)\s+(?:the\s+|a\s+|your\s+)?(?:safer|safest|better|best|wise|wiser|smart|smarter|right|good|only|sensible|safe|fine|okay|harmless|low-risk)|(?:carries|has|poses|means)\s+(?:very\s+)?(?:little|no|low|minimal|small)\s+risk|does\s+(?:no|little)\s+harm)${EDGE_AFTER}`, 'iu'),
      // "We recommend / suggest / advise …", "consider …", "try to …"
      new RegExp(String.raw`${EDGE_BEFORE}(?:we|doctors|experts|researchers)\s+(?:now\s+)?(?:recommend|suggest|advise|urge)\s+(?:that\s+you\s+|you\s+)?(?<rest>.*)$`, 'iu'),
      new RegExp(String.raw`${EDGE_BEFORE}(?:consider|try\s+to|try|make\s+sure\s+(?:to|you))\s+(?<rest>.*)$`, 'iu'),
      new RegExp(String.raw`${EDGE_BEFORE}there\s+is\s+no\s+need\s+to\s+(?<rest>.*)$`, 'iu'),
    ],
    careTeam: anyOf('care\\s+team', 'doctors?', 'nurses?', 'oncologists?', 'surgeons?', 'team', 'clinic', 'care\\s+teams?'),
    newsObject: anyOf('dates?', 'sources?', 'news', 'stor(?:y|ies)', 'headlines?', 'articles?', 'reports?'),
    orderChoice: /^\s*(?:(?:the|your|my|her)\s+)?(?:chemo\w*|surgery|operation|treatment)\s+(?:to\s+(?:come|be\s+given|happen|be\s+done)\s+)?(?:only\s+)?(?:after|before|first|later|second|last)(?![\p{L}])/iu,
    askedFor: anyOf('rebastinib', 'drugs?', 'medicines?', 'tests?', 'biops\\w*', 'counts?', 'scans?', 'doorways?', 'tmems?', 'samples?', 'treatments?'),
    condition: /^(?:if|when|whenever|before|after|until|unless|while|once|as\s+long\s+as)\b[^,]*,\s*/i,
    adverb: /^\s*(?:also|still|always|just|really|then|now|first|simply|safely|even|gently)\s+/i,
    notImperative: /^\S+ing(?![\p{L}])/iu,
    askedTo: /\b(not\s+)?to\s+(.*)$/iu,
    askedWhether: /(?<![\p{L}])(?:whether|if)\s+(.*)$/iu,
    andOr: /^\s*(?:,\s*)?(?:or|and|nor|,)\s+/i,
  },
  numbers: {
    units: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 },
    tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
    scales: { hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12 },
    vague: { dozens: 24, hundreds: 200, thousands: 2000, millions: 2_000_000 },
    relative: anyOf('twice', 'double[sd]?', 'doubling', 'triple[sd]?(?!-?\\s?negative)', 'tripling', 'quadrupl\\w*', 'halved', 'half\\s+as', '(?:in|by)\\s+half', '\\d+(?:\\.\\d+)?\\s*(?:-|\\s)?(?:fold|times|x)', '(?:two|three|four|five|six|seven|eight|nine|ten)(?:-|\\s)?(?:fold|times)', 'several[-\\s]fold', 'many\\s+times'),
    discourse: new RegExp(String.raw`^\s+(?:more\s+|other\s+|main\s+|key\s+|big\s+|simple\s+|quick\s+|short\s+)?(?:things?|points?|questions?|reasons?|ideas?|words?|slides?|messages?|parts?|findings?|differences?|sides?|steps?|ways?|minutes?|sentences?|lists?|kinds\s+of\s+evidence|limits?|options?|takeaways?|moments?)${EDGE_AFTER}`, 'iu'),
    both: null,
    per100: new RegExp(String.raw`${EDGE_BEFORE}(?:(less|fewer|more)\s+than\s+)?(\d+(?:\.\d+)?)\s+(?:in|of|out\s+of)\s+(?:every\s+)?(?:each\s+)?100${EDGE_AFTER}`, 'giu'),
    perHundred: new RegExp(String.raw`${EDGE_BEFORE}(?:per|out\s+of|in\s+every|of\s+every)\s+100${EDGE_AFTER}`, 'giu'),
    percent: new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent${EDGE_AFTER}|per\s+cent${EDGE_AFTER})`, 'giu'),
    fraction: new RegExp(String.raw`${EDGE_BEFORE}([\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:of|in|out\s+of)\s+(?:the\s+|every\s+|these\s+|those\s+|its\s+)?([\d,.]+|two|three|four|five|six|seven|eight|nine|ten|twenty)${EDGE_AFTER}`, 'giu'),
    article: 'a',
    joiner: null,
    half: ['and', 'a', 'half'],
    vagueOf: { pattern: String.raw`tens\s+of\s+|hundreds\s+of\s+`, tens: /^tens/i },
    // "July 2017", "5 July 2017", "July 5, 2017", "November 2024".
    monthDate: (months) => new RegExp(String.raw`(?<![\p{L}])(${months})(?=\s+(?:\d{1,2},?\s+)?\d{4}(?![\p{N}]))`, 'giu'),
    weak: ['one'],
    above: /more/i,
  },
};

/** Every language's claim words: a language without its list does not compile. */
export const CLAIM_WORDS: { readonly [L in Lang]: ClaimWords } = { en: EN, es: ES };
