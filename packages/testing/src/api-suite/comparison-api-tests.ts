import {
  COVERAGE_COLUMNS,
  PARTICIPATION_STATUSES,
  compareJurisdictions,
  implementationMap,
  isTreaty,
  jurisdictionsOf,
  participationStatusOn,
  stateParticipation,
  type NodeRecord,
  type SeedGraph,
} from '@cadre/model';
import { first, type ApiSuiteRunner } from './api-suite-runner';
import { graphql } from './gql';

const TREATIES = ['un-untoc', 'un-tip-protocol', 'un-som-protocol'];
const STATES = ['ml-mali', 'ne-niger', 'sn-senegal'];

/** A state's standing in a treaty on a date, computed from the seed records by the model. */
function expectedStanding(seed: SeedGraph, stateId: string, treatyId: string, asOf: string) {
  const treaty = seed.nodes.find((n) => n.id === treatyId)!;
  return participationStatusOn(
    stateParticipation(stateId, treatyId, seed.relations).participation,
    treaty,
    asOf,
  );
}

/** The treaty's own entry into force, read from its seeded stages. */
function treatyInForce(seed: SeedGraph, treatyId: string): string {
  const treaty = seed.nodes.find((n) => n.id === treatyId)!;
  return treaty.stages!.find((s) => s.stage === 'ENTERED_INTO_FORCE')!.date!;
}

/**
 * Compare jurisdictions and the ratification map through the API, on every store: the issue's
 * must-show answers (Mali, Niger and Senegal as of 2012 and 2020; the TIP Protocol's map as of
 * 2003, 2010 and 2020), each checked against what the model computes from the seed records, so
 * the tests follow the data; the facts the issue names are asserted outright.
 */
export function defineComparisonApiTests({ ok, error, seed }: ApiSuiteRunner): void {
  describe('compare jurisdictions and the ratification map', () => {
    const compareQuery = graphql(`
      query CompareMaliNigerSenegal($ids: [ID!]!, $asOf: PartialDate, $lang: Lang) {
        compareJurisdictions(ids: $ids, asOf: $asOf, lang: $lang) {
          asOf
          statusDate
          treaties {
            id
          }
          columns {
            id
            label
          }
          profiles {
            jurisdiction {
              id
              name
            }
            participation {
              treaty {
                id
              }
              status
              label
              explanation
              recorded
              computed
              otherReadings
              signatureDate
              consentDate
              entryIntoForceDate
              since {
                kind
                date
                computed
              }
              partyStatus {
                status
              }
              sources {
                quote
              }
            }
            instruments {
              instrument {
                id
              }
              status {
                status
              }
              binding
              columns
              sources {
                quote
              }
            }
            coverage {
              column {
                id
              }
              status
              label
              note
              links {
                instrument {
                  id
                }
                concept {
                  id
                }
                inferred
              }
              sources {
                quote
              }
            }
            coordinationBodies {
              body {
                id
              }
              establishedBy {
                from {
                  id
                }
              }
              columns
              sources {
                quote
              }
            }
            implementation {
              treaty {
                id
              }
              statusCounts {
                status
                label
                count
              }
              articles {
                number
                status
              }
            }
          }
          gapNote
        }
      }
    `);

    it('compares Mali, Niger and Senegal as of 2012 and 2020 as the model does over the seeds', async () => {
      for (const asOf of ['2012', '2020']) {
        const c = (await ok(compareQuery, { ids: STATES, asOf })).compareJurisdictions;
        const expected = compareJurisdictions(seed(), STATES, asOf, TREATIES);
        expect(c.asOf).toBe(asOf);
        expect(c.treaties.map((t) => t.id)).toEqual(TREATIES);
        expect(c.columns.map((col) => col.id)).toEqual(COVERAGE_COLUMNS.map((col) => col.id));
        expect(c.profiles.map((p) => p.jurisdiction.id)).toEqual(STATES);
        c.profiles.forEach((profile, i) => {
          const want = expected.profiles[i]!;
          const state = profile.jurisdiction.id;
          expect(profile.participation.map((p) => [p.treaty.id, p.status, p.since?.date ?? null])).toEqual(
            TREATIES.map((t) => {
              const on = expectedStanding(seed(), state, t, asOf);
              return [t, on.status, on.since?.date ?? null];
            }),
          );
          expect(profile.instruments.map((x) => [x.instrument.id, x.status.status, x.binding])).toEqual(
            want.instruments.map((x) => [x.instrument.id, x.status.status, x.binding]),
          );
          expect(
            profile.coverage.map((x) => [x.column.id, x.status, x.links.map((l) => l.instrument.id)]),
          ).toEqual(
            want.coverage.map((x) => [x.column.id, x.status, x.links.map((l) => l.instrument.instrument.id)]),
          );
          expect(profile.coordinationBodies.map((b) => b.body.id)).toEqual(want.bodies.map((b) => b.body.id));
          expect(profile.implementation.map((m) => m.articles.map((a) => a.status))).toEqual(
            want.implementation.map((m) => m.articles.map((a) => a.status)),
          );
          // Every cell that shows something carries its citations; an empty one says what it means.
          for (const p of profile.participation) {
            if (p.recorded && p.status !== 'NOT_SIGNED') expect(p.sources.length).toBeGreaterThan(0);
            if (!p.recorded) expect(p.sources).toEqual([]);
          }
          for (const x of profile.instruments) expect(x.sources.length).toBeGreaterThan(0);
          for (const cell of profile.coverage) {
            if (cell.status === 'NOTHING_IN_GRAPH') expect(cell.note).toMatch(/gap in the graph/);
            else expect(cell.sources.length).toBeGreaterThan(0);
          }
          for (const b of profile.coordinationBodies) expect(b.sources.length).toBeGreaterThan(0);
        });
        expect(c.gapNote).toMatch(/not the law/);
      }
    });

    it('shows Mali a party to the TIP Protocol in 2012, with what that rests on', async () => {
      const c = (await ok(compareQuery, { ids: STATES, asOf: '2012' })).compareJurisdictions;
      const standing = (state: string, treaty: string) =>
        c.profiles
          .find((p) => p.jurisdiction.id === state)!
          .participation.find((p) => p.treaty.id === treaty)!;
      expect(standing('ml-mali', 'un-tip-protocol')).toMatchObject({
        status: 'PARTY',
        recorded: true,
        computed: true,
        otherReadings: true,
        signatureDate: '2000-12-15',
        consentDate: '2002-04-12',
        entryIntoForceDate: '2003-12-25',
        since: { kind: 'ENTRY_INTO_FORCE', date: '2003-12-25', computed: true },
        partyStatus: { status: 'PARTY' },
        explanation:
          'Party (in force) — entry into force for the State: 2003-12-25 (computed date). Other readings exist.',
      });
      // Mali's 2012 law covers trafficking in persons in 2012.
      const mali = c.profiles.find((p) => p.jurisdiction.id === 'ml-mali')!;
      const tip = mali.coverage.find((x) => x.column.id === 'TRAFFICKING_IN_PERSONS')!;
      expect(tip.status).toBe('LAW_IN_FORCE');
      expect(tip.links.map((l) => l.instrument.id)).toContain('ml-law-2012-023');
      expect(mali.coordinationBodies.find((b) => b.body.id === 'ml-committee-tip')).toMatchObject({
        establishedBy: [{ from: { id: 'ml-decree-2011-036' } }],
        columns: ['TRAFFICKING_IN_PERSONS'],
      });
    });

    it("gives each treaty's implementation per article as the implementation map does", async () => {
      const c = (await ok(compareQuery, { ids: STATES, asOf: '2020' })).compareJurisdictions;
      for (const profile of c.profiles) {
        for (const m of profile.implementation) {
          const want = implementationMap({
            treatyId: m.treaty.id,
            jurisdictionId: profile.jurisdiction.id,
            asOf: '2020',
            nodes: seed().nodes,
            relations: seed().relations,
          });
          expect(m.articles.map((a) => [a.number, a.status])).toEqual(
            want.articles.map((a) => [a.number ?? null, a.status]),
          );
          expect(m.statusCounts.map((s) => s.status)).toEqual([
            'PROVISION_CITED',
            'RELATED_MEASURE_ONLY',
            'NOTHING_IN_GRAPH',
          ]);
          expect(m.statusCounts.reduce((n, s) => n + s.count, 0)).toBe(m.articles.length);
        }
      }
    });

    it('answers in French', async () => {
      const c = (await ok(compareQuery, { ids: STATES, asOf: '2020', lang: 'FR' })).compareJurisdictions;
      const senegal = c.profiles.find((p) => p.jurisdiction.id === 'sn-senegal')!;
      expect(senegal.jurisdiction.name).toBe(seed().nodes.find((n) => n.id === 'sn-senegal')!.name.fr);
      const mali = c.profiles.find((p) => p.jurisdiction.id === 'ml-mali')!;
      expect(mali.participation.find((p) => p.treaty.id === 'un-tip-protocol')).toMatchObject({
        label: 'Partie (en vigueur)',
        explanation: expect.stringMatching(
          /^Partie \(en vigueur\) — entrée en vigueur pour l'État : 2003-12-25/,
        ),
      });
      expect(c.columns.find((col) => col.id === 'TRAFFICKING_IN_PERSONS')!.label).toBe(
        'Traite des personnes',
      );
      expect(first(mali.coverage).label).toBe('Texte juridique en vigueur');
      for (const cell of mali.coverage.filter((x) => x.status === 'NOTHING_IN_GRAPH'))
        expect(cell).toMatchObject({
          label: 'Rien dans le graphe',
          note: expect.stringMatching(/lacune du graphe/),
        });
      expect(first(mali.implementation).statusCounts.map((s) => s.label)).toEqual([
        'Disposition citée',
        'Mesure connexe seulement',
        'Rien dans le graphe',
      ]);
      expect(c.gapNote).toMatch(/non le droit/);
    });

    describe('the ratification map', () => {
      const mapQuery = graphql(`
        query TipRatificationMap($treaty: ID!, $asOf: PartialDate, $lang: Lang) {
          ratificationMap(treaty: $treaty, asOf: $asOf, lang: $lang) {
            asOf
            statusDate
            treatyStatus {
              status
            }
            rows {
              jurisdiction {
                id
                name
                isoCode
              }
              status
              label
              recorded
              computed
              otherReadings
              signatureDate
              consentDate
              consentKind
              consentAct
              entryIntoForceDate
              entryIntoForceComputed
              since {
                kind
                date
              }
              sources {
                quote
              }
            }
            legend {
              status
              label
              description
              count
              unrecordedCount
            }
            gapNote
          }
        }
      `);

      it('colours every jurisdiction for the TIP Protocol at 2003, 2010 and 2020 as the model does', async () => {
        const tipInForce = treatyInForce(seed(), 'un-tip-protocol');
        const jurisdictions = jurisdictionsOf(seed().nodes, seed().relations).map((n) => n.id);
        for (const asOf of ['2003', '2010', '2020']) {
          const map = (await ok(mapQuery, { treaty: 'un-tip-protocol', asOf })).ratificationMap;
          expect(map.rows.map((r) => r.jurisdiction.id).sort()).toEqual([...jurisdictions].sort());
          for (const row of map.rows) {
            const want = expectedStanding(seed(), row.jurisdiction.id, 'un-tip-protocol', asOf);
            expect([row.jurisdiction.id, row.status, row.since?.date ?? null, row.recorded]).toEqual([
              row.jurisdiction.id,
              want.status,
              want.since?.date ?? null,
              want.recorded,
            ]);
            // Nobody is a party from before the Protocol's own entry into force (2003-12-25).
            if (row.status === 'PARTY') expect(row.since!.date >= tipInForce).toBe(true);
            if (row.status !== 'NOT_SIGNED') expect(row.sources.length).toBeGreaterThan(0);
          }
          expect(map.legend.map((e) => e.status)).toEqual([...PARTICIPATION_STATUSES]);
          expect(map.legend.reduce((n, e) => n + e.count, 0)).toBe(map.rows.length);
          const unrecorded = map.rows.filter((r) => !r.recorded).length;
          expect(map.legend.map((e) => e.unrecordedCount)).toEqual([unrecorded, 0, 0, 0, 0]);
          const mali = map.rows.find((r) => r.jurisdiction.id === 'ml-mali')!;
          expect(mali).toMatchObject({
            status: 'PARTY',
            since: { kind: 'ENTRY_INTO_FORCE', date: tipInForce },
            consentKind: 'RATIFICATION',
            consentAct: 'DEPOSIT',
            entryIntoForceComputed: true,
          });
        }
      });

      it('shows nobody a party before 2003-12-25: Mali had deposited, the Protocol was not yet in force', async () => {
        const map = (await ok(mapQuery, { treaty: 'un-tip-protocol', asOf: '2003-06-30' })).ratificationMap;
        expect(map.treatyStatus.status).toBe('ADOPTED_NOT_IN_FORCE');
        expect(map.rows.filter((r) => r.status === 'PARTY')).toEqual([]);
        expect(map.rows.find((r) => r.jurisdiction.id === 'ml-mali')).toMatchObject({
          status: 'DEPOSITED_NOT_IN_FORCE',
          since: { kind: 'DEPOSIT', date: '2002-04-12' },
          entryIntoForceDate: null,
        });
      });

      it('shows a state with no participation recorded as not signed, never as a party', async () => {
        // A jurisdiction and a treaty the seeds hold no PARTY_TO or SIGNED for (there is always
        // one: not every state is recorded in every convention).
        const recorded = (s: string, t: string) =>
          seed().relations.some((r) => r.from === s && r.to === t && ['PARTY_TO', 'SIGNED'].includes(r.kind));
        const treaties = seed()
          .nodes.filter(isTreaty)
          .map((n) => n.id);
        const [state, treaty] = first(
          jurisdictionsOf(seed().nodes, seed().relations).flatMap((j) =>
            treaties.filter((t) => !recorded(j.id, t)).map((t) => [j.id, t] as const),
          ),
        );
        for (const asOf of ['2003', '2020']) {
          const map = (await ok(mapQuery, { treaty, asOf })).ratificationMap;
          expect(map.rows.find((r) => r.jurisdiction.id === state)).toMatchObject({
            status: 'NOT_SIGNED',
            recorded: false,
            since: null,
            sources: [],
          });
        }
      });

      it('names states and categories in French, ordered by French name', async () => {
        const map = (await ok(mapQuery, { treaty: 'un-tip-protocol', asOf: '2020', lang: 'FR' }))
          .ratificationMap;
        const names = map.rows.map((r) => r.jurisdiction.name);
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
        const byId = new Map<string, NodeRecord>(seed().nodes.map((n) => [n.id, n]));
        for (const r of map.rows) expect(r.jurisdiction.name).toBe(byId.get(r.jurisdiction.id)!.name.fr);
        expect(map.legend.map((e) => e.label)).toEqual([
          'Non signé',
          'Signé',
          'Instrument déposé, pas encore en vigueur',
          'Partie (en vigueur)',
          'Inconnu dans le graphe',
        ]);
        expect(map.rows.find((r) => r.jurisdiction.id === 'ml-mali')!.label).toBe('Partie (en vigueur)');
      });
    });

    it('lists the jurisdictions, ordered by name in the language asked', async () => {
      const q = graphql(`
        query Jurisdictions($lang: Lang) {
          jurisdictions(lang: $lang) {
            id
            name
            place {
              id
              type
            }
          }
        }
      `);
      const fr = (await ok(q, { lang: 'FR' })).jurisdictions;
      const expected = jurisdictionsOf(seed().nodes, seed().relations);
      expect(fr.map((j) => j.id).sort()).toEqual(expected.map((n) => n.id).sort());
      expect(fr.map((j) => j.id)).toEqual(expect.arrayContaining(STATES));
      expect(fr.every((j) => j.place.type === 'COUNTRY' && j.place.id === j.id)).toBe(true);
      const names = fr.map((j) => j.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    });

    describe('bad input', () => {
      const compare = (ids: string, treaties = '') =>
        `{ compareJurisdictions(ids: ${ids}${treaties ? `, treaties: ${treaties}` : ''}) { statusDate } }`;

      it.each([
        ['one id', compare('["ml-mali"]'), 'ids', /"ids" must hold 2 to 4 jurisdiction ids \(got 1\)/],
        [
          'five ids',
          compare('["ml-mali", "ne-niger", "sn-senegal", "bf-burkina-faso", "gn-guinea"]'),
          'ids',
          /\(got 5\)/,
        ],
        ['a repeated id', compare('["ml-mali", "ml-mali"]'), 'ids', /"ml-mali" twice/],
        ['an unknown id', compare('["ml-mali", "xx-nowhere"]'), 'ids', /no node with id "xx-nowhere"/],
        [
          'a city',
          compare('["ml-mali", "ml-bamako"]'),
          'ids',
          /"ml-bamako" is not a jurisdiction \(a country\) \(it is a city\)/,
        ],
        [
          'a law as a treaty',
          compare('["ml-mali", "ne-niger"]', '["ml-law-2012-023"]'),
          'treaties',
          /"ml-law-2012-023" is not a treaty/,
        ],
        [
          'no treaty',
          compare('["ml-mali", "ne-niger"]', '[]'),
          'treaties',
          /"treaties" must hold 1 to 6 treaty ids \(got 0\)/,
        ],
      ])('refuses %s, naming the argument', async (_, query, argumentName, message) => {
        const e = await error(query);
        expect(e.message).toMatch(message);
        expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
      });

      it('refuses a map of something that is not a treaty', async () => {
        for (const treaty of ['ml-law-2012-023', 'ml-mali', 'xx-nowhere']) {
          const e = await error(`{ ratificationMap(treaty: "${treaty}") { statusDate } }`);
          expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'treaty' });
        }
      });
    });
  });
}
