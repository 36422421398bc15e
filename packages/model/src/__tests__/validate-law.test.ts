import { brokenSeeds } from './support/broken-seeds';

const seeds = brokenSeeds();
afterAll(seeds.cleanUp);

const addToLaw = (yaml: string) => (t: string) =>
  t.replace("      date: '2012-07-12'\n", `      date: '2012-07-12'\n${yaml}`);
const REPEALED_2010 = `      citations:
        - source: test-reference
          quote: 'Law 2012-023 dated 2012-07-12'
          confidence: high
    - stage: REPEALED
      date: '2010'
      reason: { en: 'Replaced', fr: 'Remplacée' }
      citations:
        - source: test-reference
          quote: 'Law 2012-023 dated 2012-07-12'
          confidence: high
`;
const participationClaim = (list: string, date: string) => (t: string) =>
  t.replace(
    '    consent:\n',
    `    ${list}:\n      - date: '${date}'\n        citations:\n          - source: test-reference\n            quote: 'a claim'\n            confidence: medium\n    consent:\n`,
  );
const ADOPTION = (from: string, date: string) =>
  `- kind: ADOPTED\n  from: ${from}\n  to: tl-law-2012-023\n  validFrom: '${date}'\n  citations:\n    - source: test-article\n      quote: 'law n°2012-023 of 12 July 2012'\n`;

/**
 * Each rule of "law as law" refuses a broken seed with the file, the entry and the field, like
 * every other seed error, and nothing is loaded.
 */
describe('law-as-law validation', () => {
  it.each([
    [
      'a treaty in force before it was adopted',
      'nodes/instruments.yaml',
      (t: string) => t.replace("      date: '2003-12-25'", "      date: '1999-01-01'"),
      /instruments\.yaml:\d+ › tl-protocol › stages\.1\.date: ENTERED_INTO_FORCE \(1999-01-01\) is before ADOPTED \(2000-11-15\)/,
    ],
    [
      'a law repealed before it was promulgated',
      'nodes/instruments.yaml',
      (t: string) =>
        t.replace(
          "      citations:\n        - source: test-reference\n          quote: 'Law 2012-023 dated 2012-07-12'\n          confidence: high\n",
          REPEALED_2010,
        ),
      /tl-law-2012-023 › stages\.1\.date: REPEALED \(2010\) is before PROMULGATED \(2012-07-12\)/,
    ],
    [
      'an undated stage that is not an end',
      'nodes/instruments.yaml',
      (t: string) => t.replace("      date: '2011-02-03'\n", ''),
      /tl-decree-2011-036 › stages\.0\.date: a ADOPTED stage needs its date/,
    ],
    [
      'an amendment that names no amending text',
      'nodes/instruments.yaml',
      (t: string) => t.replace('    - stage: PROMULGATED', '    - stage: AMENDED'),
      /tl-law-2012-023 › stages\.0\.by: an amendment names the amending instrument/,
    ],
    [
      'a repeal by an unknown text',
      'nodes/instruments.yaml',
      addToLaw('      by: tl-nowhere\n'),
      /tl-law-2012-023 › stages\.0\.by: only AMENDED and REPEALED name the instrument/,
    ],
    [
      'an inferred stage without a note',
      'nodes/instruments.yaml',
      addToLaw('      inferred: true\n'),
      /tl-law-2012-023 › stages\.0\.note: an inferred stage needs a note/,
    ],
    [
      'an entry-into-force rule on a treaty with no entry into force',
      'nodes/instruments.yaml',
      (t: string) => t.replace('    - stage: ENTERED_INTO_FORCE', '    - stage: OPENED_FOR_SIGNATURE'),
      /tl-protocol › entryIntoForceRule: the rule needs the treaty's own ENTERED_INTO_FORCE stage/,
    ],
    [
      "an instrument's old single date",
      'nodes/instruments.yaml',
      (t: string) =>
        t.replace(
          '  stages:\n    - stage: ADOPTED\n',
          "  adoptedOn: '2011-02-03'\n  stages:\n    - stage: ADOPTED\n",
        ),
      /tl-decree-2011-036 › adoptedOn: unknown field "adoptedOn" \(an instrument records dated stages now/,
    ],
    [
      "a state's entry into force before its deposit",
      'relations/framework.yaml',
      participationClaim('entryIntoForce', '2002-01-01'),
      /tl-testland\.PARTY_TO\.tl-protocol › participation\.entryIntoForce\.0\.date: entry into force for the state \(2002-01-01\) is before its deposit \(2002-04-12\)/,
    ],
    [
      "a state's entry into force before the treaty's own",
      'relations/framework.yaml',
      participationClaim('entryIntoForce', '2003-01-01'),
      /participation\.entryIntoForce\.0\.date: entry into force for the state \(2003-01-01\) is before the treaty's own entry into force \(2003-12-25\)/,
    ],
    [
      'a signature after the deposit',
      'relations/framework.yaml',
      (t: string) => t.replace("date: '2000-12-15'", "date: '2002-05-01'"),
      /participation\.signature\.0\.date: signature \(2002-05-01\) is after the deposit \(2002-04-12\)/,
    ],
    [
      'a ratification before the treaty exists',
      'relations/framework.yaml',
      (t: string) => t.replace("date: '2002-04-12'", "date: '1999-04-12'"),
      /participation\.consent\.0\.date: ratification \(1999-04-12\) is before the treaty exists \(ADOPTED 2000-11-15\)/,
    ],
    [
      'a PARTY_TO relation without participation',
      'relations/framework.yaml',
      (t: string) =>
        t.replace(
          / {2}participation:[\s\S]*?(?= {2}citations:\n {4}- source: test-reference\n {6}quote: 'Testland is)/,
          '',
        ),
      /tl-testland\.PARTY_TO\.tl-protocol › participation: a PARTY_TO relation carries the state's participation/,
    ],
    [
      'a PARTY_TO relation dated by hand',
      'relations/framework.yaml',
      (t: string) =>
        t.replace(
          '  to: tl-protocol\n  participation:',
          "  to: tl-protocol\n  validFrom: '2002-04-12'\n  participation:",
        ),
      /tl-testland\.PARTY_TO\.tl-protocol › validFrom: a PARTY_TO relation takes its time from its participation/,
    ],
    [
      'a provision that is part of no instrument',
      'relations/framework.yaml',
      (t: string) =>
        t.replace(
          '  from: tl-protocol-art-5\n  to: tl-protocol\n',
          '  from: tl-protocol-art-5\n  to: tl-testland\n',
        ),
      /provisions\.yaml:\d+ › tl-protocol-art-5: a provision must be PART_OF its instrument/,
    ],
    [
      "a treaty's article without its obligation type",
      'nodes/provisions.yaml',
      (t: string) => t.replace('  obligation: MANDATORY\n', ''),
      /tl-protocol-art-5 › obligation: a treaty's article needs its obligation type/,
    ],
    [
      'a node without grammar',
      'nodes/places.yaml',
      (t: string) => t.replace(/ {2}grammar: .*\n/, ''),
      /places\.yaml:1 › tl-testland › grammar: needed to build sentences/,
    ],
    [
      'a node without a French name',
      'nodes/institutions.yaml',
      (t: string) => t.replace(", fr: 'Comité national de coordination'", ''),
      /tl-committee › name\.fr: a French name \(or shortName\.fr\) is needed for French sentences/,
    ],
    [
      'a locative on something that is not a place',
      'nodes/institutions.yaml',
      (t: string) =>
        t.replace('fr: { gender: m, article: def }', 'fr: { gender: m, article: def, locative: en }'),
      /tl-committee › grammar\.fr\.locative: only places take a locative/,
    ],
    [
      'an instrument adopted twice',
      'relations/framework.yaml',
      (t: string) => t + ADOPTION('tl-testland', '2012-07-12') + ADOPTION('tl-committee', '2012-07-12'),
      /tl-committee\.ADOPTED\.tl-law-2012-023: "tl-law-2012-023" is adopted a second time \(first by "tl-testland"\)/,
    ],
    [
      'an adoption with no ADOPTED stage to match',
      'relations/framework.yaml',
      (t: string) => t + ADOPTION('tl-testland', '2012-07-12'),
      /tl-testland\.ADOPTED\.tl-law-2012-023: "tl-law-2012-023" has no ADOPTED stage for this adoption to match/,
    ],
    [
      'a relation dated before one of its ends exists',
      'relations/framework.yaml',
      (t: string) => t.replace("validFrom: '2011-02-03'", "validFrom: '2010'"),
      /tl-decree-2011-036\.ESTABLISHES\.tl-committee › validFrom: 2010 is before "tl-decree-2011-036" exists \(from 2011-02-03\)/,
    ],
  ])('refuses %s', (_what, file, edit, expected) => {
    const messages = seeds.messages(seeds.copy(file, edit));
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
