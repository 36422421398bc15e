import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inForceOn } from '../law/instrument-status';
import { partyOn } from '../law/party-status';
import { isValidOn } from '../partial-date';
import { checkSeeds, defaultSeedsDir } from '../seeds/load-seeds';
import { formatSeedIssue } from '../seeds/seed-issue';
import { relationSentence } from '../sentences/relation-sentence';
import { frenchRunningName } from '../sentences/french-noun-phrase';
import { sentenceName } from '../sentences/sentence-name';

/**
 * The real graph-seeds/: valid as a whole, and every quote from a seed article found verbatim in
 * the article's text (checked here directly against the files, not only through the validator).
 */
describe('graph-seeds', () => {
  const dir = defaultSeedsDir();
  const { graph, issues } = checkSeeds(dir);
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const articleText = (file: string): string => fold(readFileSync(join(dir, file), 'utf8'));

  it('validates with no error', () => {
    expect(issues.map(formatSeedIssue)).toEqual([]);
  });

  it('has the five seed articles as sources titled by their first line', () => {
    const articles = graph.sources.filter((s) => s.type === 'ARTICLE');
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      const firstLine = readFileSync(join(dir, a.file!), 'utf8').split('\n')[0]!.trim();
      expect(a.title).toBe(firstLine);
    }
  });

  const citations = [
    ...graph.nodes.flatMap((n) => n.citations.map((c) => ({ owner: n.id, ...c }))),
    ...graph.relations.flatMap((r) => r.citations.map((c) => ({ owner: r.id, ...c }))),
  ];

  it('cites every node and relation', () => {
    for (const item of [...graph.nodes, ...graph.relations]) expect(item.citations.length).toBeGreaterThan(0);
  });

  it.each(
    citations
      .filter((c) => sources.get(c.sourceId)?.type === 'ARTICLE')
      .map((c) => [c.owner, c.quote, c.sourceId]),
  )('%s quotes its article verbatim: "%s"', (_owner, quote, sourceId) => {
    expect(articleText(sources.get(sourceId)!.file!)).toContain(fold(quote));
  });

  it('keeps the confidence of every outside fact, and loads no low-confidence one', () => {
    const outside = citations.filter((c) => sources.get(c.sourceId)?.type === 'REFERENCE');
    expect(outside.length).toBeGreaterThan(0);
    for (const c of outside) expect(['high', 'medium']).toContain(c.confidence);
  });

  /** What "law as law" must show on the real graph (the issue's acceptance list). */
  describe('law as law', () => {
    const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
    const relation = (id: string) => graph.relations.find((r) => r.id === id)!;
    const stands = (r: { validFrom?: string; validTo?: string }, asOf: string) =>
      isValidOn(asOf, r.validFrom, r.validTo);
    const maliTip = relation('ml-mali.PARTY_TO.un-tip-protocol');

    it('asOf 2001-06-01: the TIP Protocol is adopted, not in force, and Mali is not a party', () => {
      expect(inForceOn(node('un-tip-protocol'), '2001-06-01')).toMatchObject({
        status: 'ADOPTED_NOT_IN_FORCE',
        basis: { stage: 'ENTERED_INTO_FORCE', date: '2003-12-25' },
      });
      expect(stands(node('un-tip-protocol'), '2001-06-01')).toBe(true);
      expect(stands(maliTip, '2001-06-01')).toBe(false);
      expect(partyOn(maliTip.participation!, '2001-06-01').status).toBe('SIGNATORY');
    });

    it('asOf 2004-01-01: the TIP Protocol is in force and Mali a party, from a computed date', () => {
      expect(inForceOn(node('un-tip-protocol'), '2004-01-01').status).toBe('IN_FORCE');
      expect(stands(maliTip, '2004-01-01')).toBe(true);
      expect(partyOn(maliTip.participation!, '2004-01-01')).toMatchObject({
        status: 'PARTY',
        basis: { kind: 'ENTRY_INTO_FORCE', date: '2003-12-25', computed: true },
      });
    });

    it("keeps both readings of Mali's ratification of the TIP Protocol", () => {
      expect(maliTip.participation!.consent.map((c) => [c.act, c.date])).toEqual([
        ['DEPOSIT', '2002-04-12'],
        ['NATIONAL_ACT', '2002-06-03'],
      ]);
    });

    it('Law 2012-023 is promulgated on 2012-07-12, named as such, and adopted once', () => {
      const law = node('ml-law-2012-023');
      expect(law.stages!.map((st) => [st.stage, st.date])).toEqual([
        ['ADOPTED', '2012'],
        ['PROMULGATED', '2012-07-12'],
      ]);
      expect(
        graph.relations.filter((r) => r.kind === 'ADOPTED' && r.to === law.id).map((r) => r.from),
      ).toEqual(['ml-national-assembly']);
      expect(inForceOn(law, '2013')).toMatchObject({ basis: { stage: 'PROMULGATED' }, substitute: true });
    });

    it('as of 1985 Mali is a party to nothing adopted in 2000 or later', () => {
      const parties = graph.relations
        .filter((r) => r.kind === 'PARTY_TO' && stands(r, '1985'))
        .map((r) => r.to);
      expect(parties).toEqual(['ilo-c29']);
    });

    it('gives every PARTY_TO relation a participation and every undated thing a basis', () => {
      for (const r of graph.relations.filter((x) => x.kind === 'PARTY_TO'))
        expect(r.participation).toBeDefined();
      for (const item of [...graph.nodes, ...graph.relations]) expect(item.timeBasis).toBeDefined();
    });

    it('reads the path Decree 2011-036 → Mali → TIP Protocol "au Mali"', () => {
      const path = [relation('ml-decree-2011-036.APPLIES_IN.ml-mali'), maliTip];
      const read = (lang: 'en' | 'fr') =>
        path.map((r) => relationSentence(r, node(r.from), node(r.to), lang)).join(' ');
      expect(read('en')).toBe(
        'Decree 2011-036 applies in Mali. Mali is a party to the Trafficking in Persons Protocol.',
      );
      expect(read('fr')).toBe(
        "Le décret n°2011-036 s'applique au Mali. Le Mali est partie au Protocole relatif à la traite des personnes.",
      );
    });

    const sentences = graph.relations.map((r) => {
      const [from, to] = [node(r.from), node(r.to)];
      return { r, to, en: relationSentence(r, from, to, 'en'), fr: relationSentence(r, from, to, 'fr') };
    });
    /** French names that take an article: never "à Mali", "à Protocole ...", "de Protocole ...". */
    const withArticle = graph.nodes
      .filter((n) => n.grammar?.fr.article === 'def')
      .map((n) => frenchRunningName(sentenceName(n, 'fr'), n.grammar!.fr));

    /** Kinds whose object is said without its article ("a form of trafficking", "un facteur d'impunité"). */
    const BARE_OBJECT: string[] = ['FORM_OF', 'FACTOR_IN'];
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const running = (n: (typeof graph.nodes)[number], lang: 'en' | 'fr'): string => {
      const name = sentenceName(n, lang);
      return n.grammar?.[lang].lowercase ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    };

    it.each(sentences.map((x) => [x.r.id, x]))(
      '%s reads in French with articles and contractions',
      (_id, x) => {
        expect(x.fr).not.toMatch(/\b(à|de) (le|les)\b|\b(le|la) [aeiouéèAEIOUÉÈ]|à Mali|à Protocole/);
        for (const name of withArticle) expect(x.fr).not.toContain(`à ${name}`);
        const g = x.to.grammar!.fr;
        if (g.article === 'def' && g.locative !== 'en' && !BARE_OBJECT.includes(x.r.kind)) {
          // The object, last in the sentence, keeps its article or its contraction.
          const tail = new RegExp(
            `(\\b(le|la|les|au|aux|du|des) |\\bl')${escape(running(x.to, 'fr'))}( \\(déduit\\))?\\.$`,
          );
          expect(x.fr).toMatch(tail);
        }
      },
    );

    it.each(sentences.map((x) => [x.r.id, x]))(
      '%s reads in English with "the" where English needs it',
      (_id, x) => {
        if (x.to.grammar?.en.article === 'the' && !BARE_OBJECT.includes(x.r.kind)) {
          expect(x.en).toMatch(new RegExp(`\\bthe ${escape(running(x.to, 'en'))}( \\(inferred\\))?\\.$`));
        }
        if (node(x.r.from).grammar?.en.article === 'the') expect(x.en).toMatch(/^The /);
      },
    );
  });
});
