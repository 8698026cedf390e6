// The fact sheet's "Do NOT say" list, as data: each entry in the project's own words, why it is
// wrong, which facts and checks guard it, and at least three differently worded sentences that
// say it. tests/check/do-not-say.test.ts adds every example to a real slide (as a new sentence,
// and inside a paragraph that cites the nearest fact) and requires `npm run check` to fail.

import type { DoNotSay } from '../../src/model/facts.ts';

export const doNotSay = [
  {
    says: 'Chemo makes breast cancer spread, or makes it more aggressive, as a proven fact in people.',
    why: 'The spread was seen in mice; in people the study only measured tissue markers.',
    facts: ['women-markers-only', 'women-more-doorways', 'mice-blood-and-lungs'],
    rules: ['claim-population', 'claim-causal', 'claim-bound'],
    examples: [
      'Chemo makes breast cancer spread in women.',
      'In the women, chemo made the cancer more aggressive.',
      'For patients, chemo before surgery pushes cancer cells into the body.',
    ],
  },
  {
    says: 'Chemo before surgery is dangerous, should be avoided, or should be stopped.',
    why: 'Randomized trials found about the same spread and deaths either way, and the lead researcher said not to avoid chemo.',
    facts: ['trials-spread', 'trials-deaths', 'lead-author-advice'],
    rules: ['claim-wording', 'claim-advice', 'claim-bound'],
    examples: ['Chemo before surgery is dangerous.', 'You should avoid chemo before surgery.', 'Stop chemo before surgery until we know more.'],
  },
  {
    says: 'A new study in 2025 found this.',
    why: 'It was published in July 2017.',
    facts: ['study-published', 'news-called-new'],
    rules: ['claim-numbers', 'claim-wording'],
    examples: ['A new study in 2025 found that chemo can backfire.', 'This study came out in 2025.', 'New research shows chemo first raises doorway counts.'],
  },
  {
    says: 'The 20 women received doxorubicin and cyclophosphamide (leaving out paclitaxel), or the order of the drugs.',
    why: 'Paclitaxel was given too; the order is disputed until checked in the full text.',
    facts: ['women-drugs'],
    rules: ['claim-wording', 'claim-numbers'],
    examples: [
      'The women received doxorubicin and cyclophosphamide.',
      'The women had two chemo drugs before surgery.',
      'The women had paclitaxel first, then doxorubicin and cyclophosphamide.',
    ],
  },
  {
    says: 'Doorways increased in all 20 women, or any exact share of them.',
    why: 'Sources conflict ("all" against "most").',
    facts: ['women-more-doorways'],
    rules: ['claim-population', 'claim-numbers', 'claim-wording'],
    examples: ['Doorways increased in all 20 women.', 'Every one of the women had more doorways after chemo.', 'In 15 of the 20 women, the doorways went up.'],
  },
  {
    says: 'TMEM doorways are in the blood, or there is a blood test for them.',
    why: 'They are structures in tumor tissue, seen under a microscope.',
    facts: ['tmem-doorway', 'tmem-in-tissue'],
    rules: ['claim-wording'],
    examples: ['TMEM doorways are found in the blood.', 'A blood test can count your doorways.', 'The doorways float in the bloodstream.'],
  },
  {
    says: 'Chemo switches on a repair mechanism that makes tumors grow back stronger.',
    why: 'Press wording; the study did not show tumors growing back stronger in patients.',
    facts: ['news-repair'],
    rules: ['claim-wording', 'claim-causal', 'claim-bound'],
    examples: [
      'Chemo switches on a repair mechanism in the tumor.',
      'After chemo, tumors grow back stronger.',
      'The cancer comes back more aggressive after chemo.',
    ],
  },
  {
    says: 'Chemo before surgery increases the risk of spread or death.',
    why: 'The pooled analysis of 4,756 women found no difference in spread, breast cancer deaths or deaths from any cause.',
    facts: ['trials-spread', 'trials-deaths'],
    rules: ['claim-causal', 'claim-wording', 'claim-bound'],
    examples: [
      'Chemo before surgery raises the risk of cancer spreading.',
      'Women who had chemo first were more likely to die.',
      'Chemo first increases the chance of death from breast cancer.',
    ],
  },
  {
    says: 'Rebastinib prevents spread in people, is available or approved, or is something to ask your doctor for.',
    why: 'It is experimental and has only had small early (phase 1b) trials.',
    facts: ['rebastinib-status', 'rebastinib-what', 'rebastinib-trials-only'],
    rules: ['claim-wording', 'claim-advice', 'claim-population'],
    examples: ['Rebastinib is now approved for breast cancer.', 'Ask your doctor for rebastinib with your chemo.', 'Rebastinib prevents cancer spread in women.'],
  },
  {
    says: 'Doctors should do a biopsy partway through chemo to check doorways.',
    why: 'It was a researcher’s proposal, not a guideline recommendation.',
    facts: ['guideline-mid-chemo', 'lead-author-idea'],
    rules: ['claim-wording', 'claim-advice'],
    examples: [
      'Doctors should check your doorways with a biopsy during chemo.',
      'Ask for a biopsy halfway through chemo.',
      'A biopsy partway through chemo is now standard care.',
    ],
  },
  {
    says: 'Doorway testing is routinely used to choose treatment.',
    why: 'The 2021 ASCO guideline found too little evidence for markers beyond the standard ones.',
    facts: ['guideline-doorway-test'],
    rules: ['claim-wording', 'claim-advice'],
    examples: ['Doctors routinely count doorways to choose treatment.', 'The doorway test is used to decide who gets chemo first.', 'You can ask for a doorway count at your clinic.'],
  },
  {
    says: 'Specific numbers for mouse blood cancer cells, lung spread or p-values.',
    why: 'They were not retrieved; never invent them.',
    facts: ['mice-blood-and-lungs', 'mice-no-numbers'],
    rules: ['claim-numbers'],
    examples: [
      'In mice, chemo tripled the cancer cells in the blood.',
      'Chemo gave 8 of 10 mice spread to the lungs.',
      'The mice on chemo had 40 percent more lung spread.',
    ],
  },
  {
    says: 'All chemotherapy drugs, or all cancers.',
    why: 'The study was about breast cancer and mainly paclitaxel, plus doxorubicin and cyclophosphamide.',
    facts: ['study-scope'],
    rules: ['claim-wording'],
    examples: ['All chemo drugs make more doorways.', 'This happens with every type of cancer.', 'Any chemotherapy can do this to a tumor.'],
  },
] as const satisfies readonly DoNotSay[];
