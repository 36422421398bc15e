import {
  COMPARISON_GAP_NOTE,
  COVERAGE_COLUMNS,
  COVERAGE_STATUS_LABELS,
  COVERAGE_STATUS_NOTES,
  PARTICIPATION_STATUS_LABELS,
  PARTICIPATION_STATUS_NOTES,
  inForceOn,
  uniqueCitations,
  type CoverageColumnId,
  type NodeRecord,
} from '@cadre/model';
import type {
  ConceptLinkResolvers,
  CoordinationBodyResolvers,
  CoverageCellResolvers,
  CoverageColumnResolvers,
  JurisdictionComparisonResolvers,
  JurisdictionProfileResolvers,
  JurisdictionResolvers,
  NationalInstrumentResolvers,
  RatificationLegendEntryResolvers,
  RatificationMapResolvers,
} from '../generated/resolvers-types';
import { nodeName } from './explain-path';
import { langOr, pick } from './localized';

/** Column ids in column order, each once. */
const inColumnOrder = (ids: readonly CoverageColumnId[]): CoverageColumnId[] =>
  COVERAGE_COLUMNS.map((c) => c.id).filter((id) => ids.includes(id));

/** The resolvers of schema/comparison.graphql, except TreatyStanding (treaty-standing-resolvers.ts). */
export const comparisonResolvers = {
  Jurisdiction: {
    id: ({ node }) => node.id,
    name: ({ node, lang }, args) => nodeName(node, langOr(args.lang, lang)),
    // The seeds carry no ISO code yet (NodeRecord has no field for it), and a code is never guessed
    // from an id's prefix: "ml-" is a naming convention, not data.
    isoCode: () => null,
    place: ({ node }) => node,
  } satisfies JurisdictionResolvers,

  RatificationMap: {
    treaty: ({ map }) => map.treaty,
    asOf: ({ asked }) => asked ?? null,
    statusDate: ({ map }) => map.asOf,
    lang: ({ lang }) => lang,
    treatyStatus: ({ map }) => ({
      asOf: map.asOf,
      on: inForceOn(map.treaty, map.asOf),
      instrument: map.treaty,
    }),
    rows: ({ map, lang }) => map.rows.map((row) => ({ standing: { ...row, treaty: map.treaty }, lang })),
    legend: ({ map, lang }) => map.legend.map((entry) => ({ ...entry, lang })),
    gapNote: ({ lang }, args) => pick(COMPARISON_GAP_NOTE, langOr(args.lang, lang)),
  } satisfies RatificationMapResolvers,

  RatificationLegendEntry: {
    unrecordedCount: ({ unrecorded }) => unrecorded,
    label: ({ status, lang }, args) => pick(PARTICIPATION_STATUS_LABELS[status], langOr(args.lang, lang)),
    description: ({ status, lang }, args) =>
      pick(PARTICIPATION_STATUS_NOTES[status], langOr(args.lang, lang)),
  } satisfies RatificationLegendEntryResolvers,

  JurisdictionComparison: {
    asOf: ({ asked }) => asked ?? null,
    statusDate: ({ comparison }) => comparison.asOf,
    lang: ({ lang }) => lang,
    treaties: ({ comparison }) => comparison.treaties,
    columns: ({ comparison, lang }) => comparison.columns.map((column) => ({ column, lang })),
    profiles: ({ comparison, lang }) =>
      comparison.profiles.map((profile) => ({ profile, asOf: comparison.asOf, lang })),
    gapNote: ({ lang }, args) => pick(COMPARISON_GAP_NOTE, langOr(args.lang, lang)),
  } satisfies JurisdictionComparisonResolvers,

  CoverageColumn: {
    id: ({ column }) => column.id,
    label: ({ column, lang }, args) => pick(column.label, langOr(args.lang, lang)),
    concepts: async ({ column }, _, { nodes }) =>
      (await nodes.loadMany(column.concepts)).filter(
        (n): n is NodeRecord => n !== null && !(n instanceof Error),
      ),
  } satisfies CoverageColumnResolvers,

  JurisdictionProfile: {
    jurisdiction: ({ profile, lang }) => ({ node: profile.jurisdiction, lang }),
    participation: ({ profile, lang }) => profile.participation.map((standing) => ({ standing, lang })),
    instruments: ({ profile, asOf, lang }) =>
      profile.instruments.map((national) => ({ national, asOf, lang })),
    coverage: ({ profile, asOf, lang }) => profile.coverage.map((cell) => ({ cell, asOf, lang })),
    coordinationBodies: ({ profile }) => profile.bodies,
    implementation: ({ profile, asOf, lang }) =>
      profile.implementation.map((map) => ({ map, lang, statusDate: asOf })),
  } satisfies JurisdictionProfileResolvers,

  NationalInstrument: {
    instrument: ({ national }) => national.instrument,
    status: ({ national, asOf }) => ({ asOf, on: national.status, instrument: national.instrument }),
    binding: ({ national }) => national.binding,
    concepts: ({ national, asOf }) => national.concepts.map((link) => ({ link, national, asOf })),
    columns: ({ national }) => inColumnOrder(national.concepts.flatMap((l) => l.columns)),
    appliesIn: ({ national }) => national.appliesIn,
    sources: ({ national }) => uniqueCitations(national.appliesIn.flatMap((r) => r.citations)),
  } satisfies NationalInstrumentResolvers,

  ConceptLink: {
    concept: ({ link }) => link.concept,
    relation: ({ link }) => link.relation,
    instrument: ({ link }) => link.instrument,
    provision: ({ link }) => link.provision ?? null,
    inferred: ({ link }) => link.inferred,
    columns: ({ link }) => link.columns,
    instrumentStatus: ({ national, asOf }) => ({
      asOf,
      on: national.status,
      instrument: national.instrument,
    }),
    binding: ({ national }) => national.binding,
  } satisfies ConceptLinkResolvers,

  CoverageCell: {
    column: ({ cell, lang }) => ({ column: cell.column, lang }),
    status: ({ cell }) => cell.status,
    label: ({ cell, lang }, args) => pick(COVERAGE_STATUS_LABELS[cell.status], langOr(args.lang, lang)),
    note: ({ cell, lang }, args) => pick(COVERAGE_STATUS_NOTES[cell.status], langOr(args.lang, lang)),
    links: ({ cell, asOf }) =>
      cell.links.map(({ link, instrument }) => ({ link, national: instrument, asOf })),
    sources: ({ cell }) => cell.citations,
  } satisfies CoverageCellResolvers,

  CoordinationBody: {
    body: (b) => b.body,
    establishedBy: (b) => b.establishedBy.map((e) => e.relation),
    addresses: (b) => b.addresses.map((a) => a.relation),
    basedIn: (b) => b.basedIn,
    columns: (b) => inColumnOrder(b.addresses.flatMap((a) => a.columns)),
    sources: (b) => b.citations,
  } satisfies CoordinationBodyResolvers,
};
