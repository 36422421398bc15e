import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSeeds, loadSeeds } from '../seeds/load-seeds';
import { SeedValidationError, formatSeedIssue } from '../seeds/seed-issue';

const GOOD = join(__dirname, 'fixtures/good-seeds');

/** A writable copy of the good fixture, with one file changed by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-seeds-'));
  cpSync(GOOD, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  dirs.push(dir);
  return dir;
}
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const messages = (dir: string): string[] => checkSeeds(dir).issues.map(formatSeedIssue);

describe('seed validation', () => {
  it('loads a good seed folder with derived validity and default relation ids', () => {
    const graph = loadSeeds(GOOD);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'tl-committee',
      'tl-decree-2011-036',
      'tl-law-2012-023',
      'tl-protocol',
      'tl-testland',
      'tl-protocol-art-5',
      'tl-law-2012-023-art-7',
    ]);
    expect(graph.nodes.find((n) => n.id === 'tl-decree-2011-036')).toMatchObject({
      validFrom: '2011-02-03',
      timeBasis: 'STAGES',
      adoptedOn: '2011-02-03',
      name: { en: 'Decree No. 2011-036/PM-RM', fr: 'Décret n°2011-036/PM-RM' },
      aliases: [],
    });
    expect(graph.relations[0]).toMatchObject({
      id: 'tl-decree-2011-036.ESTABLISHES.tl-committee',
      inferred: false,
    });
    expect(graph.nodes.find((n) => n.id === 'tl-law-2012-023')!.citations[1]).toEqual({
      sourceId: 'test-reference',
      quote: 'Law 2012-023 dated 2012-07-12',
      confidence: 'high',
    });
  });

  it('accepts a quote whose white space differs from the article, and nothing else', () => {
    // The article has "National   Coordination" with three spaces.
    expect(messages(GOOD)).toEqual([]);
    const dir = brokenCopy('relations/framework.yaml', (t) =>
      t.replace('establishing the National', 'establishing the national'),
    );
    expect(messages(dir)).toEqual([
      expect.stringMatching(
        /^relations\/framework\.yaml:1 › tl-decree-2011-036\.ESTABLISHES\.tl-committee › citations\.0\.quote: not found verbatim in sources\/article\.txt/,
      ),
    ]);
  });

  it.each([
    [
      'an unknown node reference',
      'relations/framework.yaml',
      (t: string) => t.replace('to: tl-committee', 'to: tl-comittee'),
      /› to: unknown node "tl-comittee"/,
    ],
    [
      'a duplicate id',
      'nodes/institutions.yaml',
      (t: string) => t.replace('id: tl-committee', 'id: tl-law-2012-023'),
      /tl-law-2012-023 › id: duplicate node id \(first defined in nodes\/\w+\.yaml:\d+\)/,
    ],
    [
      'a bad date',
      'nodes/instruments.yaml',
      (t: string) => t.replace("'2012-07-12'", "'2012-02-30'"),
      /tl-law-2012-023 › stages\.0\.date: "2012-02-30" has no day 30/,
    ],
    [
      'an empty quote',
      'nodes/institutions.yaml',
      (t: string) => t.replace("quote: 'establishing the National Coordination Committee'", "quote: '  '"),
      /tl-committee › citations\.0\.quote: must not be empty/,
    ],
    [
      'an unknown field',
      'nodes/institutions.yaml',
      (t: string) => t.replace('establishedOn:', 'establishedOnn:'),
      /tl-committee › establishedOnn: unknown field "establishedOnn"/,
    ],
    [
      'a wrong sub-type',
      'nodes/institutions.yaml',
      (t: string) => t.replace('type: NATIONAL_BODY', 'type: LAW'),
      /tl-committee › type: "LAW" is not a type of INSTITUTION/,
    ],
    [
      'an unknown source',
      'nodes/instruments.yaml',
      (t: string) => t.replace('source: test-reference', 'source: nowhere'),
      /tl-law-2012-023 › stages\.0\.citations\.0\.source: unknown source "nowhere"/,
    ],
    [
      'a reference without confidence',
      'nodes/instruments.yaml',
      (t: string) => t.replace('confidence: high', ''),
      /stages\.0\.citations\.0\.confidence: a REFERENCE citation needs its confidence/,
    ],
    [
      'a relation joining the wrong kinds',
      'relations/framework.yaml',
      (t: string) =>
        t
          .replace('from: tl-decree-2011-036', 'from: tl-committee')
          .replace('to: tl-committee', 'to: tl-law-2012-023'),
      /ESTABLISHES cannot start at a INSTITUTION/,
    ],
    [
      'a missing citation list',
      'nodes/institutions.yaml',
      (t: string) => t.replace(/citations:[\s\S]*$/, 'citations: []\n'),
      /tl-committee › citations: needs at least one citation/,
    ],
    [
      'a YAML syntax error',
      'relations/framework.yaml',
      (t: string) => t.replace('kind: ESTABLISHES', 'kind: [ESTABLISHES'),
      /^relations\/framework\.yaml:\d+: YAML syntax/,
    ],
    [
      'a wrong article title',
      'sources.yaml',
      (t: string) => t.replace('about Testland', 'about Elsewhere'),
      /test-article › title: must be the article's first line/,
    ],
  ])('reports %s with the file, the entry and the field', (_what, file, edit, expected) => {
    const issues = messages(brokenCopy(file, edit));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('loads nothing when any file has an error, and lists every error', () => {
    const dir = brokenCopy('nodes/instruments.yaml', (t) =>
      t.replace("'2011-02-03'", "'2011-13'").replace('type: LAW', 'type: LAWS'),
    );
    expect(() => loadSeeds(dir)).toThrow(SeedValidationError);
    try {
      loadSeeds(dir);
    } catch (e) {
      const err = e as SeedValidationError;
      expect(err.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['stages.0.date', 'type']));
      expect(err.message).toMatch(/nothing was loaded/);
    }
  });

  it('requires a note on an inferred relation', () => {
    const dir = brokenCopy('relations/framework.yaml', (t) =>
      t.replace("validFrom: '2011-02-03'", "inferred: true\n  validFrom: '2011-02-03'"),
    );
    expect(messages(dir)).toEqual([expect.stringMatching(/› note: an inferred relation needs a note/)]);
  });
});
