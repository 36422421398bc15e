import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inForceOn } from '../law/instrument-status';
import { partyFrom, partyOn } from '../law/party-status';
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
        // l' and d' only before a vowel or a mute h: never "l'NAPTIP" or "l'comité".
        expect(x.fr).not.toMatch(/(^|[\s(])[lLdD]'[bcdfgjklmnpqrstvwxzBCDFGJKLMNPQRSTVWXZ]/);
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

  /** Search as the stores do it: every word of the query begins a word of an id, name, short name or alias. */
  const words = (t: string): string[] =>
    t
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const found = (query: string): string[] =>
    graph.nodes
      .filter((n) => {
        const texts = [
          n.id,
          n.name.en,
          n.name.fr,
          n.number,
          n.shortName?.en,
          n.shortName?.fr,
          ...n.aliases.map((a) => a.name),
        ];
        const all = texts.filter((t): t is string => !!t).flatMap(words);
        return words(query).every((w) => all.some((word) => word.startsWith(w)));
      })
      .map((n) => n.id);
  const linked = (a: string, b: string): boolean =>
    graph.relations.some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));

  describe('claims re-checked against their quotes (issue "every fact of the articles", section 1)', () => {
    const rel = (id: string) => graph.relations.find((r) => r.id === id);
    const nodeOf = (id: string) => graph.nodes.find((n) => n.id === id)!;

    it('marks as readings, with a note in both languages, the claims the quotes do not state', () => {
      for (const id of [
        'un-unodc.GUARDIAN_OF.un-firearms-protocol',
        'ml-mali.ADOPTED.ml-ordinance-02-062',
        'ml-committee-tip.IMPLEMENTS.ml-nap-2015-2017',
        'ml-law-86-023.ESTABLISHES.ml-infj',
        'un-crc-opsc.SUPPLEMENTS.un-crc',
        'nl-government.FUNDED.un-unodc-ohchr-joint-project',
        'un-unodc-sahel-programme.COVERS.int-sahel',
        'un-unodc.ORGANISED.ml-2018-10-magistrates-training-sikasso',
      ]) {
        expect(rel(id)).toMatchObject({
          inferred: true,
          note: { en: expect.any(String), fr: expect.any(String) },
        });
      }
    });

    it('keeps only the citations that state a claim', () => {
      const supports = rel('un-unodc.SUPPORTS.ml-committee-tip')!;
      expect(supports.citations.map((c) => c.quote)).not.toContain(
        'Upon request from the Government of Mali',
      );
      expect(rel('int-smuggling-of-migrants.FORM_OF.ml-related-practices')).toBeUndefined();
      expect(rel('ml-law-2012-023-art-4.ADDRESSES.ml-related-practices')).toBeDefined();
      expect(nodeOf('ml-infj').establishedOn).toBeUndefined();
    });

    it('names things as the sources do', () => {
      expect(nodeOf('eu-eucap-sahel-mali').name.en).not.toMatch(/Sahel Mali/);
      expect(nodeOf('sn-arrete-9051').type).toBe('ORDER');
      expect(nodeOf('ne-anltp').name.en).not.toMatch(/Related Practices/);
      expect(nodeOf('ml-decree-2011-036').name.fr).toMatch(
        /portant création du Comité national de coordination/,
      );
      expect(nodeOf('ilo-c182').name.fr).toBe(
        'Convention (n° 182) sur les pires formes de travail des enfants, 1999',
      );
      const aliases = graph.nodes.flatMap((n) => n.aliases.map((a) => a.name));
      expect(aliases.filter((a) => /Migrant Trafficking/.test(a))).toEqual([]);
    });

    it('gives no two nodes the same alias: a shared acronym says whose it is', () => {
      const seen = new Map<string, string>();
      for (const n of graph.nodes)
        for (const a of n.aliases) {
          const key = words(a.name).join(' ');
          const other = seen.get(key);
          if (other && other !== n.id) throw new Error(`"${a.name}" is an alias of ${other} and ${n.id}`);
          seen.set(key, n.id);
        }
      expect(found('CNCLTP').sort()).toEqual(['ml-committee-tip', 'ne-cncltp']);
    });

    it('keeps both readings of the child protection code visibly', () => {
      const code = nodeOf('ml-ordinance-02-062');
      const lapse = code.stages!.find((st) => st.stage === 'LAPSED')!;
      expect(lapse.note?.en).toMatch(/both readings are kept/);
      expect(inForceOn(code, '2019').undatedEnd).toBeDefined();
    });
  });

  describe('every fact of the articles is found by a name or alias and linked (section 2)', () => {
    it.each([
      // [what a researcher types, the node it finds, the event, instrument or node it is linked to]
      ['Koulikoro', 'ml-region-koulikoro', 'ml-2018-10-community-leaders-workshop-bamako'],
      ['Timbuktu', 'ml-region-timbuktu', 'ml-2018-10-community-leaders-workshop-bamako'],
      ['White Horse', 'ml-2018-10-white-horse-screening', 'ml-2018-10-community-leaders-workshop-bamako'],
      ['traditional courts', 'int-traditional-dispute-resolution', 'ml-traditional-leaders'],
      ['first interlocutors', 'int-first-contact-with-victims', 'ml-traditional-leaders'],
      ['reintegration of victims', 'int-victim-reintegration', 'ml-traditional-leaders'],
      ['local meetings', 'ml-objective-relay-local-meetings', 'ml-2018-10-community-leaders-workshop-bamako'],
      ['safer migration', 'int-safer-migration', 'ml-2018-10-community-leaders-workshop-bamako'],
      ['Government of Mali', 'ml-government', 'ml-2017-10-committee-workshop-bamako'],
      [
        'guidelines operationalization',
        'ml-objective-committee-operationalization',
        'ml-2017-10-committee-workshop-bamako',
      ],
      ['training manuals', 'ml-2017-10-session-training-manuals', 'ml-2017-10-committee-workshop-bamako'],
      [
        'coordinating role',
        'ml-2017-10-module-committee-coordination',
        'ml-2017-10-committee-workshop-bamako',
      ],
      [
        'road map effectiveness',
        'ml-2017-10-module-committee-road-map',
        'ml-2017-10-committee-workshop-bamako',
      ],
      ['poverty', 'int-widespread-poverty', 'int-violence-exploitation-abuse-of-children'],
      ['cultural beliefs', 'int-cultural-beliefs', 'int-violence-exploitation-abuse-of-children'],
      [
        'religious traditions',
        'int-misuse-of-religious-traditions',
        'int-violence-exploitation-abuse-of-children',
      ],
      ['impunity', 'int-impunity', 'int-lack-awareness-law-enforcement'],
      ['human rights', 'int-human-rights', 'ml-mali'],
      ['juvenile judges', 'ml-juvenile-judges', 'ml-2019-03-child-protection-workshop'],
      ['NGOs/CSOs', 'ml-ngos-csos', 'ml-2019-03-child-protection-workshop'],
      ['victim referral', 'int-victim-identification-referral-support', 'un-glo-act'],
      ['sexual abuse', 'int-sexual-abuse', 'ml-child-protection-risks'],
      ['domestic violence', 'int-domestic-violence', 'ml-child-protection-risks'],
      ['North Africa', 'int-north-africa', 'int-migration'],
      [
        'road map prosecution',
        'ml-2018-10-session-prosecution-road-map',
        'ml-2018-10-magistrates-training-sikasso',
      ],
      [
        'protecting exploited children',
        'ml-2018-10-session-child-protection',
        'ml-2018-10-magistrates-training-sikasso',
      ],
      ['crisis 2012', 'ml-crisis-since-2012', 'int-irregular-migration'],
      ['30,000 40,000 migrants', 'ml-2016-migrants-estimate', 'ml-mali'],
      ['criminalization', 'int-criminalization', 'un-som-protocol'],
      ['international cooperation', 'int-international-cooperation', 'un-tip-protocol'],
      ['4P approach', 'int-4p-approach', 'un-glo-act'],
      ['legal framework initiatives', 'int-west-africa-legal-framework-initiatives', 'int-west-africa'],
      ['law enforcement officers', 'int-law-enforcement-officers', 'int-dismantling-criminal-organizations'],
      ['four instructors', 'ml-2018-05-police-training-instructors', 'ml-2018-05-police-training-bamako'],
      ['UNODC expert', 'un-unodc-expert-2018-05', 'ml-2018-05-police-training-bamako'],
    ])('"%s" finds %s, linked to %s', (query, id, to) => {
      expect(found(query)).toContain(id);
      expect(linked(id, to)).toBe(true);
    });

    it('quotes every new fact of the articles from the article itself', () => {
      for (const id of ['ml-2018-10-white-horse-screening', 'int-4p-approach', 'ml-2016-migrants-estimate'])
        expect(
          graph.nodes
            .find((n) => n.id === id)!
            .citations.every((c) => sources.get(c.sourceId)?.type === 'ARTICLE'),
        ).toBe(true);
    });

    it('dates the parts of a workshop by the workshop, and says so', () => {
      for (const r of graph.relations.filter((x) => x.kind === 'HELD_DURING')) {
        const [part, whole] = [
          graph.nodes.find((n) => n.id === r.from)!,
          graph.nodes.find((n) => n.id === r.to)!,
        ];
        expect([part.startDate, part.endDate]).toEqual([whole.startDate, whole.endDate]);
        expect(r.note?.en).toMatch(/no day of its own/);
      }
    });
  });

  describe('West Africa side by side (section 3)', () => {
    const STATES = [
      'bj-benin',
      'bf-burkina-faso',
      'cv-cabo-verde',
      'td-chad',
      'ci-cote-divoire',
      'gm-gambia',
      'gh-ghana',
      'gn-guinea',
      'gw-guinea-bissau',
      'lr-liberia',
      'ml-mali',
      'mr-mauritania',
      'ne-niger',
      'ng-nigeria',
      'sn-senegal',
      'sl-sierra-leone',
      'tg-togo',
    ];
    const TREATIES = ['un-untoc', 'un-tip-protocol', 'un-som-protocol'];
    const party = (state: string, treaty: string) =>
      graph.relations.find((r) => r.kind === 'PARTY_TO' && r.from === state && r.to === treaty);

    it('has the 17 states, each a country, and a participation only where a row high or medium gives one', () => {
      for (const s of STATES) expect(graph.nodes.find((n) => n.id === s)?.type).toBe('COUNTRY');
      const missing = STATES.flatMap((s) => TREATIES.filter((t) => !party(s, t)).map((t) => `${s} ${t}`));
      // Rows marked low (or "not found") load nothing: no PARTY_TO, not a "no".
      expect(missing.sort()).toEqual([
        'ci-cote-divoire un-som-protocol',
        'sl-sierra-leone un-som-protocol',
        'sl-sierra-leone un-tip-protocol',
        'td-chad un-som-protocol',
        'tg-togo un-som-protocol',
        'tg-togo un-tip-protocol',
      ]);
    });

    it('computes entry into force from the deposit unless a source states it', () => {
      expect(partyOn(party('td-chad', 'un-untoc')!.participation!, '2009-09-01').status).toBe(
        'CONSENTED_NOT_IN_FORCE',
      );
      expect(partyFrom(party('td-chad', 'un-untoc')!.participation!)).toMatchObject({
        date: '2009-09-17',
        computed: true,
      });
      expect(partyFrom(party('bj-benin', 'un-tip-protocol')!.participation!)).toMatchObject({
        date: '2004-09-29',
        computed: false,
      });
      expect(partyFrom(party('ng-nigeria', 'un-som-protocol')!.participation!)).toMatchObject({
        date: '2004-01-28',
        computed: true,
      });
      // No state is a party to a treaty before the treaty itself is in force.
      for (const r of graph.relations.filter((x) => x.kind === 'PARTY_TO' && TREATIES.includes(x.to))) {
        const own = graph.nodes
          .find((n) => n.id === r.to)!
          .stages!.find((st) => st.stage === 'ENTERED_INTO_FORCE')!.date!;
        expect(partyFrom(r.participation!)!.date >= own).toBe(true);
      }
    });

    it('keeps conflicting readings: national acts beside deposits, repeal and promulgation dates', () => {
      const sn = party('sn-senegal', 'un-untoc')!.participation!;
      expect(sn.consent.map((c) => [c.act, c.date])).toEqual([
        ['DEPOSIT', '2003-10-27'],
        ['NATIONAL_ACT', '2003-09-19'],
      ]);
      expect(partyOn(sn, '2004').alternatives.length).toBeGreaterThan(0);
      const stages = (id: string, stage: string) =>
        graph.nodes
          .find((n) => n.id === id)!
          .stages!.filter((st) => st.stage === stage)
          .map((st) => st.date);
      expect(stages('ne-law-2015-36', 'REPEALED')).toEqual(['2023-11-25', '2023-11-27']);
      expect(stages('ci-law-2016-1111', 'PROMULGATED')).toEqual(['2016-12-08', '2017-02-06']);
      expect(stages('bj-law-2006-04', 'PROMULGATED')).toEqual(['2006-04-10', '2006-04-05']);
      expect(
        inForceOn(
          graph.nodes.find((n) => n.id === 'ne-law-2015-36')!,
          '2024',
        ).status,
      ).toBe('ENDED');
    });

    it('gives every state with a national law in the facts a law that applies in it', () => {
      const withLaw = STATES.filter((s) =>
        graph.relations.some(
          (r) =>
            r.kind === 'APPLIES_IN' &&
            r.to === s &&
            graph.nodes.find((n) => n.id === r.from)?.type !== 'AGREEMENT',
        ),
      );
      expect(withLaw.sort()).toEqual([...STATES].sort());
    });
  });
});
