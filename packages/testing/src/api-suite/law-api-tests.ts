import { implementationMap } from '@cadre/model';
import { first, type ApiSuiteRunner } from './api-suite-runner';
import { graphql } from './gql';

/**
 * Law as law through the API, on every store: the must-show points (in force and party
 * as of a date, a law's stages, the implementation map in EN and FR, legal chains before hubs) and
 * the fields they rest on (stages, participation, provisions, undated, notes in French).
 */
export function defineLawApiTests({ ok, error, seed }: ApiSuiteRunner): void {
  describe('law as law', () => {
    it('asOf 2001-06-01 the TIP Protocol is adopted, not in force, and Mali no party; asOf 2004-01-01 both', async () => {
      const q = graphql(`
        query ProtocolAndMaliAsOf($asOf: PartialDate!) {
          node(id: "un-tip-protocol") {
            __typename
            ... on Instrument {
              status(asOf: $asOf) {
                status
                label
                substitute
                basis {
                  stage
                  date
                }
                explanation
              }
            }
          }
          relation(id: "ml-mali.PARTY_TO.un-tip-protocol") {
            participation {
              status(asOf: $asOf) {
                status
                label(lang: FR)
                basis {
                  kind
                  date
                  computed
                }
              }
            }
          }
          mali: node(id: "ml-mali") {
            relations(direction: OUT, kinds: [PARTY_TO], asOf: $asOf) {
              to {
                id
              }
            }
          }
        }
      `);
      const before = await ok(q, { asOf: '2001-06-01' });
      const instrumentStatus = (d: typeof before) =>
        d.node?.__typename === 'Instrument' ? d.node.status : undefined;
      expect(instrumentStatus(before)).toEqual({
        status: 'ADOPTED_NOT_IN_FORCE',
        label: 'Adopted, not yet in force',
        substitute: false,
        basis: { stage: 'ENTERED_INTO_FORCE', date: '2003-12-25' },
        explanation: 'Adopted, not yet in force (entry into force: 2003-12-25).',
      });
      // Signed on 2000-12-15, so a signatory: not a party.
      expect(before.relation!.participation!.status).toMatchObject({
        status: 'SIGNATORY',
        label: 'Signataire',
      });
      expect(before.mali!.relations.map((r) => r.to.id)).not.toContain('un-tip-protocol');

      const after = await ok(q, { asOf: '2004-01-01' });
      expect(instrumentStatus(after)).toMatchObject({ status: 'IN_FORCE', substitute: false });
      expect(after.relation!.participation!.status).toEqual({
        status: 'PARTY',
        label: 'Partie',
        // Entry into force for Mali, computed by article 17 from the deposit of 2002-04-12.
        basis: { kind: 'ENTRY_INTO_FORCE', date: '2003-12-25', computed: true },
      });
      expect(after.mali!.relations.map((r) => r.to.id)).toContain('un-tip-protocol');
    });

    it("keeps every reading of Mali's ratification, says which is used and that others exist", async () => {
      const { relation } = await ok(
        graphql(`
          query MaliTipParticipation {
            relation(id: "ml-mali.PARTY_TO.un-tip-protocol") {
              validFrom
              timeBasis
              participation {
                signature {
                  date
                  used
                }
                consent {
                  consentKind
                  act
                  actName
                  date
                  used
                  sources {
                    quote
                  }
                }
                entryIntoForce {
                  date
                  computed
                  fromDeposit
                  used
                  note(lang: FR)
                }
                alternatives {
                  type
                  actName
                  date
                }
              }
            }
          }
        `),
      );
      expect(relation).toMatchObject({ validFrom: '2003-12-25', timeBasis: 'PARTICIPATION' });
      const p = relation!.participation!;
      expect(p.signature).toEqual([{ date: '2000-12-15', used: true }]);
      expect(p.consent.map((c) => [c.consentKind, c.act, c.date, c.used])).toEqual([
        ['RATIFICATION', 'DEPOSIT', '2002-04-12', true],
        ['RATIFICATION', 'NATIONAL_ACT', '2002-06-03', false],
      ]);
      for (const c of p.consent) expect(c.sources.length).toBeGreaterThan(0);
      expect(p.entryIntoForce).toEqual([
        {
          date: '2003-12-25',
          computed: true,
          fromDeposit: '2002-04-12',
          used: true,
          note: expect.stringMatching(/^Calculée selon la règle du traité \(art\. 17\)/),
        },
      ]);
      expect(p.alternatives).toEqual([
        { type: 'CONSENT', actName: 'Loi n° 02-021/AN-RM', date: '2002-06-03' },
      ]);
    });

    it('Law 2012-023: adopted once (2012), promulgated 2012-07-12, in force from the stage named', async () => {
      const { node } = await ok(
        graphql(`
          query LawStages {
            node(id: "ml-law-2012-023") {
              __typename
              ... on Instrument {
                stages {
                  stage
                  label
                  labelFr: label(lang: FR)
                  date
                  used
                  sources {
                    quote
                  }
                }
                status(asOf: "2013") {
                  status
                  substitute
                  basis {
                    stage
                    date
                  }
                  explanation
                  explanationFr: explanation(lang: FR)
                }
                provisions {
                  id
                  number
                }
              }
            }
          }
        `),
      );
      if (node?.__typename !== 'Instrument') throw new Error('Law 2012-023 is an instrument');
      expect(node.stages.map((s) => [s.stage, s.label, s.labelFr, s.date, s.used])).toEqual([
        ['ADOPTED', 'Adoption', 'Adoption', '2012', true],
        ['PROMULGATED', 'Promulgation', 'Promulgation', '2012-07-12', true],
      ]);
      expect(node.stages.filter((s) => s.stage === 'ADOPTED')).toHaveLength(1);
      for (const s of node.stages) expect(s.sources.length).toBeGreaterThan(0);
      expect(node.status).toEqual({
        status: 'IN_FORCE',
        substitute: true,
        basis: { stage: 'PROMULGATED', date: '2012-07-12' },
        explanation: 'In force (promulgation: 2012-07-12; entry into force not recorded).',
        explanationFr: 'En vigueur (promulgation : 2012-07-12 ; entrée en vigueur non enregistrée).',
      });
      expect(node.provisions.map((p) => p.number)).toEqual(['3', '4', '7']);
    });

    it('serves provisions with number, heading EN/FR, obligation type and instrument', async () => {
      const { node } = await ok(
        graphql(`
          query TipArticle5 {
            node(id: "un-tip-protocol-art-5") {
              __typename
              kind
              name
              ... on Provision {
                number
                heading
                headingFr: heading(lang: FR)
                obligation
                instrument {
                  id
                }
              }
            }
          }
        `),
      );
      expect(node).toEqual({
        __typename: 'Provision',
        kind: 'PROVISION',
        name: 'Article 5 of the Trafficking in Persons Protocol (Criminalization)',
        number: '5',
        heading: 'Criminalization',
        headingFr: 'Incrimination',
        obligation: 'MANDATORY',
        instrument: { id: 'un-tip-protocol' },
      });
    });

    it('says "undated" for what could have a date and has none, and not for timeless places', async () => {
      const data = await ok(
        graphql(`
          query UndatedThings {
            unodc: node(id: "un-unodc") {
              undated
              timeBasis
              validFrom
            }
            mali: node(id: "ml-mali") {
              undated
              timeBasis
            }
            supports: relation(id: "un-unodc.SUPPORTS.ml-national-police-school") {
              undated
              timeBasis
            }
          }
        `),
      );
      expect(data).toEqual({
        unodc: { undated: true, timeBasis: 'UNDATED', validFrom: null },
        mali: { undated: false, timeBasis: 'TIMELESS' },
        supports: { undated: true, timeBasis: 'UNDATED' },
      });
    });

    describe('the implementation map of the TIP Protocol for Mali', () => {
      const q = graphql(`
        query TipImplementationMali($asOf: PartialDate, $lang: Lang) {
          implementationMap(treaty: "un-tip-protocol", jurisdiction: "ml-mali", asOf: $asOf, lang: $lang) {
            asOf
            lang
            gapNote
            treatyStatus {
              status
            }
            partyStatus {
              status
            }
            partyRelation {
              id
            }
            articles {
              number
              heading
              obligation
              obligationLabel
              status
              statusLabel
              statusNote
              provisions {
                node {
                  id
                }
                instrument {
                  id
                }
                granularity
                inferred
                relation {
                  kind
                  note
                  noteFr: note(lang: FR)
                }
              }
              relatedMeasures {
                node {
                  id
                }
              }
            }
            treatyMeasures {
              node {
                id
              }
              granularity
            }
          }
        }
      `);

      it('lists every article with its obligation, linked national provisions and a status (EN)', async () => {
        const map = (await ok(q, { asOf: '2020', lang: 'EN' })).implementationMap!;
        expect(map).toMatchObject({
          asOf: '2020',
          lang: 'EN',
          treatyStatus: { status: 'IN_FORCE' },
          partyStatus: { status: 'PARTY' },
          partyRelation: { id: 'ml-mali.PARTY_TO.un-tip-protocol' },
          treatyMeasures: [{ node: { id: 'ml-law-2012-023' }, granularity: 'MEASURE' }],
        });
        expect(map.gapNote).toMatch(/does not mean that the jurisdiction has no provision in law/);
        expect(map.articles.map((a) => a.number)).toEqual(
          Array.from({ length: 20 }, (_, i) => String(i + 1)),
        );
        const article = (n: string) => map.articles.find((a) => a.number === n)!;
        expect(article('5')).toMatchObject({
          heading: 'Criminalization',
          obligation: 'MANDATORY',
          obligationLabel: 'Mandatory',
          status: 'PROVISION_CITED',
          statusLabel: 'Provision cited',
          provisions: [
            {
              node: { id: 'ml-law-2012-023-art-7' },
              instrument: { id: 'ml-law-2012-023' },
              granularity: 'PROVISION',
              inferred: true,
              relation: { kind: 'GIVES_EFFECT_TO' },
            },
          ],
        });
        expect(article('3')).toMatchObject({
          status: 'PROVISION_CITED',
          provisions: [{ node: { id: 'ml-law-2012-023' }, granularity: 'INSTRUMENT' }],
        });
        expect(article('10')).toMatchObject({ status: 'RELATED_MEASURE_ONLY', provisions: [] });
        expect(article('10').relatedMeasures.length).toBeGreaterThan(0);
        expect(article('9')).toMatchObject({
          obligation: 'MANDATORY',
          status: 'NOTHING_IN_GRAPH',
          statusLabel: 'Nothing in the graph',
          statusNote: expect.stringMatching(/gap in the graph, not a finding that the law has no provision/),
        });
      });

      it('speaks French when asked, labels, notes and headings', async () => {
        const map = (await ok(q, { asOf: '2020', lang: 'FR' })).implementationMap!;
        expect(map.lang).toBe('FR');
        expect(map.gapNote).toMatch(/^« Rien dans le graphe »/);
        const article = (n: string) => map.articles.find((a) => a.number === n)!;
        expect(article('5')).toMatchObject({
          heading: 'Incrimination',
          obligationLabel: 'Obligatoire',
          statusLabel: 'Disposition citée',
        });
        const link = article('5').provisions[0]!.relation;
        expect(link.noteFr).not.toEqual(link.note);
        expect(link.noteFr).toMatch(/^L'article 7 /);
        expect(article('9')).toMatchObject({
          statusLabel: 'Rien dans le graphe',
          statusNote: expect.stringMatching(/lacune du graphe/),
        });
      });

      it('is what the model computes from the whole graph, on every date', async () => {
        for (const asOf of ['2001-06-01', '2013', undefined]) {
          const map = (await ok(q, { asOf, lang: 'EN' })).implementationMap!;
          const expected = implementationMap({
            treatyId: 'un-tip-protocol',
            jurisdictionId: 'ml-mali',
            ...(asOf ? { asOf } : {}),
            nodes: seed().nodes,
            relations: seed().relations,
          });
          expect(map.articles.map((a) => [a.number, a.status, a.provisions.map((p) => p.node.id)])).toEqual(
            expected.articles.map((a) => [a.number, a.status, a.provisions.map((p) => p.node.id)]),
          );
          expect(map.treatyMeasures.map((m) => m.node.id)).toEqual(
            expected.treatyMeasures.map((m) => m.node.id),
          );
        }
        const early = (await ok(q, { asOf: '2001-06-01' })).implementationMap!;
        expect(early).toMatchObject({
          treatyStatus: { status: 'ADOPTED_NOT_IN_FORCE' },
          partyStatus: { status: 'SIGNATORY' },
        });
        expect(new Set(early.articles.map((a) => a.status))).toEqual(new Set(['NOTHING_IN_GRAPH']));
      });

      it('refuses a treaty that is not an instrument and an unknown jurisdiction', async () => {
        const notTreaty = await error(
          '{ implementationMap(treaty: "ml-mali", jurisdiction: "ml-mali") { asOf } }',
        );
        expect(notTreaty.extensions?.code).toBe('BAD_USER_INPUT');
        const unknown = await error(
          '{ implementationMap(treaty: "un-tip-protocol", jurisdiction: "xx-nowhere") { asOf } }',
        );
        expect(unknown).toMatchObject({
          message: 'No node with id "xx-nowhere"',
          extensions: { code: 'NOT_FOUND' },
        });
      });
    });

    describe('paths a lawyer accepts', () => {
      const q = graphql(`
        query DecreeToProtocol($avoidKinds: [NodeKind!], $first: Int) {
          paths(
            from: "ml-decree-2011-036"
            to: "un-tip-protocol"
            maxHops: 3
            first: $first
            avoidKinds: $avoidKinds
          ) {
            length
            throughHub
            nodes {
              id
              kind
            }
            relations {
              kind
            }
            fr: explanation(lang: FR)
          }
        }
      `);

      it('Decree 2011-036 → TIP Protocol: the first path passes through no place; hubs come after', async () => {
        const { paths } = await ok(q, { first: 10 });
        const chain = first(paths);
        expect(chain.throughHub).toBe(false);
        expect(chain.nodes.map((n) => n.kind)).not.toContain('PLACE');
        expect(chain.relations.map((r) => r.kind)).toEqual(['ESTABLISHES', 'ADDRESSES', 'ADDRESSES']);
        // Once a path passes through a hub, all later ones do: legal chains come first.
        const firstHub = paths.findIndex((p) => p.throughHub);
        expect(firstHub).toBeGreaterThan(0);
        expect(paths.slice(firstHub).every((p) => p.throughHub)).toBe(true);
        // The shortest path of all (through Mali) is still offered, after the chains.
        expect(paths[firstHub]!.nodes.map((n) => n.id)).toEqual([
          'ml-decree-2011-036',
          'ml-mali',
          'un-tip-protocol',
        ]);
        // Read in French, a path through Mali says "au Mali".
        expect(paths[firstHub]!.fr).toBe(
          "Le décret n°2011-036 s'applique au Mali. Le Mali est partie au Protocole relatif à la traite des personnes.",
        );
      });

      it('leaves out the node kinds asked', async () => {
        const { paths } = await ok(q, { first: 5, avoidKinds: ['CONCEPT', 'PLACE'] });
        expect(paths.length).toBeGreaterThan(0);
        for (const p of paths) {
          expect(p.nodes.slice(1, -1).map((n) => n.kind)).not.toContain('CONCEPT');
          expect(p.throughHub).toBe(false);
        }
        expect(first(paths).nodes.map((n) => n.id)).toEqual([
          'ml-decree-2011-036',
          'ml-committee-tip',
          'un-unodc',
          'un-tip-protocol',
        ]);
      });
    });
  });
}
