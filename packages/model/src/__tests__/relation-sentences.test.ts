import type { NodeGrammar } from '../law/law-records';
import type { NodeRecord } from '../records';
import { nameProvision } from '../sentences/name-provision';
import { relationSentence } from '../sentences/relation-sentence';
import { NODE_KIND_NAMES, type NodeKind } from '../vocabulary/node-kinds';
import { RELATION_KINDS, RELATION_KIND_NAMES, type RelationKind } from '../vocabulary/relation-kinds';

type Sample = Pick<NodeRecord, 'id' | 'kind' | 'name' | 'shortName' | 'grammar'>;
const g = (en: Partial<NodeGrammar['en']>, fr: Partial<NodeGrammar['fr']>): NodeGrammar => ({
  en: { article: 'none', number: 's', lowercase: false, ...en },
  fr: { gender: 'm', number: 's', article: 'def', elision: false, lowercase: false, locative: 'a', ...fr },
});
const node = (id: string, kind: NodeKind, en: string, fr: string, grammar: NodeGrammar): Sample => ({
  id,
  kind,
  name: { en, fr },
  grammar,
});

const tip = node(
  'tip',
  'INSTRUMENT',
  'Trafficking in Persons Protocol',
  'Protocole relatif à la traite des personnes',
  g({ article: 'the' }, {}),
);
const palermo = node('untoc', 'INSTRUMENT', 'UNTOC', 'Convention de Palerme', g({}, { gender: 'f' }));
const law = node(
  'law',
  'INSTRUMENT',
  'Law 2012-023',
  'Loi n°2012-023',
  g({}, { gender: 'f', lowercase: true }),
);
const provision = (id: string, number: string, parent: Sample): Sample => ({
  id,
  kind: 'PROVISION',
  ...nameProvision({ number }, parent),
});

/** Two or more nodes of every family, chosen to exercise every article, contraction and agreement. */
const SAMPLES: Record<NodeKind, Sample[]> = {
  INSTRUMENT: [tip, palermo, law],
  INSTITUTION: [
    node(
      'unodc',
      'INSTITUTION',
      'United Nations Office on Drugs and Crime',
      'Office des Nations Unies contre la drogue et le crime',
      g({ article: 'the' }, { elision: true }),
    ),
    node(
      'schools',
      'INSTITUTION',
      'Police and gendarmerie schools of Niger',
      'Écoles de police et de gendarmerie du Niger',
      g({ article: 'the', number: 'p', lowercase: true }, { gender: 'f', number: 'p', lowercase: true }),
    ),
  ],
  PROGRAMME: [
    node('gloact', 'PROGRAMME', 'GLO.ACT', 'GLO.ACT', g({}, { article: 'none' })),
    node(
      'sahel',
      'PROGRAMME',
      'UNODC Sahel Programme',
      "Programme Sahel de l'ONUDC",
      g({ article: 'the' }, {}),
    ),
  ],
  EVENT: [
    node(
      'training',
      'EVENT',
      'Police training, Bamako, May 2018',
      'Formation des policiers, Bamako, mai 2018',
      g({ article: 'the', lowercase: true }, { gender: 'f', lowercase: true }),
    ),
    node(
      'workshop',
      'EVENT',
      'Committee workshop, Bamako, 2017',
      'Atelier du Comité, Bamako, 2017',
      g({ article: 'the', lowercase: true }, { elision: true, lowercase: true }),
    ),
  ],
  PLACE: [
    node('mali', 'PLACE', 'Mali', 'Mali', g({}, {})),
    node('guinea', 'PLACE', 'Guinea', 'Guinée', g({}, { gender: 'f', locative: 'en' })),
    node(
      'netherlands',
      'PLACE',
      'Netherlands',
      'Pays-Bas',
      g({ article: 'the', number: 'p' }, { number: 'p' }),
    ),
    node('bamako', 'PLACE', 'Bamako', 'Bamako', g({}, { article: 'none' })),
    node(
      'sikasso-region',
      'PLACE',
      'Sikasso region',
      'Région de Sikasso',
      g({ article: 'the' }, { gender: 'f', lowercase: true, locative: 'dans' }),
    ),
  ],
  CONCEPT: [
    node(
      'tip-concept',
      'CONCEPT',
      'Trafficking in persons',
      'Traite des personnes',
      g({ lowercase: true }, { gender: 'f', lowercase: true }),
    ),
    node(
      'abuse',
      'CONCEPT',
      'Sexual abuse',
      'Abus sexuels',
      g({ lowercase: true }, { number: 'p', elision: true, lowercase: true }),
    ),
    node(
      'practices',
      'CONCEPT',
      'Assimilated practices',
      'Pratiques assimilées',
      g({ number: 'p', lowercase: true }, { gender: 'f', number: 'p', lowercase: true }),
    ),
  ],
  PROVISION: [provision('tip-art-5', '5', tip), provision('law-art-7', '7', law)],
};

const FRENCH_ERRORS = [
  /\bà le\b/,
  /\bà les\b/,
  /\bde le\b/,
  /\bde les\b/,
  /\b(le|la) [aeiouéèAEIOUÉÈ]/,
  /\bà (Mali|Protocole|Convention|Pays-Bas|Guinée)\b/,
];
const ENGLISH_ERRORS = [
  /\b(to|of|in|by) (Trafficking in Persons Protocol|Netherlands|United Nations Office)/,
  /\bthe the\b/,
];

const cases = RELATION_KIND_NAMES.flatMap((kind: RelationKind) =>
  RELATION_KINDS[kind].from.flatMap((fromKind) =>
    RELATION_KINDS[kind].to.flatMap((toKind) =>
      SAMPLES[fromKind].flatMap((from) =>
        SAMPLES[toKind].filter((to) => to !== from).map((to) => [kind, from, to] as const),
      ),
    ),
  ),
);

describe('relation sentences in English and French', () => {
  it('cover every relation kind with every node family allowed at each end', () => {
    const seen = new Set(cases.map(([kind, from, to]) => `${kind}:${from.kind}:${to.kind}`));
    for (const kind of RELATION_KIND_NAMES) {
      for (const f of RELATION_KINDS[kind].from)
        for (const t of RELATION_KINDS[kind].to) expect(seen).toContain(`${kind}:${f}:${t}`);
    }
    expect(NODE_KIND_NAMES.every((k) => SAMPLES[k].length > 0)).toBe(true);
  });

  it.each(cases.map(([kind, from, to]) => [kind, from.id, to.id, from, to] as const))(
    '%s from %s to %s reads in both languages',
    (kind, _f, _t, from, to) => {
      for (const [lang, errors] of [
        ['en', ENGLISH_ERRORS],
        ['fr', FRENCH_ERRORS],
      ] as const) {
        const sentence = relationSentence({ kind, inferred: false }, from, to, lang);
        expect(sentence).toMatch(/^[A-ZÀ-Ý].*\.$/);
        for (const error of errors) expect(sentence).not.toMatch(error);
      }
    },
  );

  it.each([
    [
      'APPLIES_IN',
      law,
      SAMPLES.PLACE[0]!,
      'Law 2012-023 applies in Mali.',
      "La loi n°2012-023 s'applique au Mali.",
    ],
    [
      'APPLIES_IN',
      law,
      SAMPLES.PLACE[1]!,
      'Law 2012-023 applies in Guinea.',
      "La loi n°2012-023 s'applique en Guinée.",
    ],
    [
      'BASED_IN',
      SAMPLES.INSTITUTION[1]!,
      SAMPLES.PLACE[2]!,
      'The police and gendarmerie schools of Niger are based in the Netherlands.',
      'Les écoles de police et de gendarmerie du Niger ont leur siège aux Pays-Bas.',
    ],
    [
      'HELD_IN',
      SAMPLES.EVENT[0]!,
      SAMPLES.PLACE[3]!,
      'The police training, Bamako, May 2018 took place in Bamako.',
      "La formation des policiers, Bamako, mai 2018 s'est tenue à Bamako.",
    ],
    [
      'HELD_IN',
      SAMPLES.EVENT[1]!,
      SAMPLES.PLACE[4]!,
      'The committee workshop, Bamako, 2017 took place in the Sikasso region.',
      "L'atelier du Comité, Bamako, 2017 s'est tenu dans la région de Sikasso.",
    ],
    [
      'PARTY_TO',
      SAMPLES.PLACE[0]!,
      tip,
      'Mali is a party to the Trafficking in Persons Protocol.',
      'Le Mali est partie au Protocole relatif à la traite des personnes.',
    ],
    [
      'PARTY_TO',
      SAMPLES.PLACE[2]!,
      palermo,
      'The Netherlands are parties to UNTOC.',
      'Les Pays-Bas sont parties à la Convention de Palerme.',
    ],
    [
      'GUARDIAN_OF',
      SAMPLES.INSTITUTION[0]!,
      tip,
      'The United Nations Office on Drugs and Crime is the guardian of the Trafficking in Persons Protocol.',
      "L'Office des Nations Unies contre la drogue et le crime est le gardien du Protocole relatif à la traite des personnes.",
    ],
    [
      'PART_OF',
      SAMPLES.PROVISION[0]!,
      tip,
      'Article 5 of the Trafficking in Persons Protocol is part of the Trafficking in Persons Protocol.',
      "L'article 5 du Protocole relatif à la traite des personnes fait partie du Protocole relatif à la traite des personnes.",
    ],
    [
      'GIVES_EFFECT_TO',
      SAMPLES.PROVISION[1]!,
      SAMPLES.PROVISION[0]!,
      'Article 7 of Law 2012-023 gives effect to article 5 of the Trafficking in Persons Protocol.',
      "L'article 7 de la loi n°2012-023 donne effet à l'article 5 du Protocole relatif à la traite des personnes.",
    ],
    [
      'ADDRESSES',
      SAMPLES.INSTITUTION[0]!,
      SAMPLES.CONCEPT[1]!,
      'The United Nations Office on Drugs and Crime addresses sexual abuse.',
      "L'Office des Nations Unies contre la drogue et le crime s'occupe des abus sexuels.",
    ],
    [
      'FORM_OF',
      SAMPLES.CONCEPT[1]!,
      SAMPLES.CONCEPT[0]!,
      'Sexual abuse is a form of trafficking in persons.',
      'Les abus sexuels sont des formes de traite des personnes.',
    ],
    [
      'FORM_OF',
      SAMPLES.CONCEPT[0]!,
      SAMPLES.CONCEPT[2]!,
      'Trafficking in persons is one of the assimilated practices.',
      'La traite des personnes fait partie des pratiques assimilées.',
    ],
    [
      'CONTRIBUTES_TO',
      SAMPLES.INSTITUTION[0]!,
      SAMPLES.PROGRAMME[0]!,
      'The United Nations Office on Drugs and Crime contributes to GLO.ACT.',
      "L'Office des Nations Unies contre la drogue et le crime contribue à GLO.ACT.",
    ],
  ] as const)('%s: %s', (kind, from, to, en, fr) => {
    expect(relationSentence({ kind, inferred: false }, from, to, 'en')).toBe(en);
    expect(relationSentence({ kind, inferred: false }, from, to, 'fr')).toBe(fr);
  });

  it('marks an inferred relation in the sentence’s own language', () => {
    const relation = { kind: 'GIVES_EFFECT_TO' as const, inferred: true };
    expect(relationSentence(relation, law, SAMPLES.PROVISION[0]!, 'en')).toMatch(/ \(inferred\)\.$/);
    expect(relationSentence(relation, law, SAMPLES.PROVISION[0]!, 'fr')).toMatch(/ \(déduit\)\.$/);
  });
});
