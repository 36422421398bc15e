import {
  IMPLEMENTATION_GAP_NOTE,
  IMPLEMENTATION_STATUS_LABELS,
  IMPLEMENTATION_STATUS_NOTES,
  OBLIGATION_LABELS,
  implementationMap,
  inForceOn,
  partyOn,
} from '@cadre/model';
import type {
  ArticleImplementationResolvers,
  ImplementationLinkResolvers,
  ImplementationMapResolvers,
  ImplementationStatusCountResolvers,
  QueryResolvers,
} from '../generated/resolvers-types';
import { badInput, notFound } from '../errors';
import { fetchImplementationRecords } from './fetch-implementation-records';
import { langOr, pick, pickText, today } from './localized';
import { requirePartialDate } from './partial-date-scalar';

/** The statuses in the order `statusCounts` lists them: from most to least evidence. */
const IMPLEMENTATION_STATUSES = ['PROVISION_CITED', 'RELATED_MEASURE_ONLY', 'NOTHING_IN_GRAPH'] as const;

/** Query.implementationMap: the model's pure function over the records the store gives. */
export const implementationMapQuery: QueryResolvers['implementationMap'] = async (
  _,
  args,
  { store, nodes },
) => {
  const [treaty, jurisdiction] = await Promise.all([nodes.load(args.treaty), nodes.load(args.jurisdiction)]);
  if (!treaty) throw notFound('node', args.treaty);
  if (!jurisdiction) throw notFound('node', args.jurisdiction);
  if (treaty.kind !== 'INSTRUMENT')
    throw badInput(`"treaty" must be an instrument ("${treaty.id}" is a ${treaty.kind})`, 'treaty');
  if (jurisdiction.kind !== 'PLACE')
    throw badInput(
      `"jurisdiction" must be a place ("${jurisdiction.id}" is a ${jurisdiction.kind})`,
      'jurisdiction',
    );
  const asOf = args.asOf ? requirePartialDate(args.asOf, 'asOf') : undefined;
  const records = await fetchImplementationRecords(store, treaty, jurisdiction);
  const map = implementationMap({
    treatyId: treaty.id,
    jurisdictionId: jurisdiction.id,
    ...(asOf ? { asOf } : {}),
    ...records,
  });
  return { map, lang: args.lang, statusDate: asOf ?? today() };
};

export const implementationResolvers = {
  ImplementationMap: {
    treaty: ({ map }) => map.treaty,
    jurisdiction: ({ map }) => map.jurisdiction,
    asOf: ({ map }) => map.asOf ?? null,
    lang: ({ lang }) => lang,
    treatyStatus: ({ map, statusDate }) => ({
      asOf: statusDate,
      on: map.treatyStatus ?? inForceOn(map.treaty, statusDate),
      instrument: map.treaty,
    }),
    partyRelation: ({ map }) => map.party?.relation ?? null,
    partyStatus: ({ map, statusDate }) => {
      const participation = map.party?.relation.participation;
      if (!participation) return null;
      return { asOf: statusDate, on: map.party?.on ?? partyOn(participation, statusDate), participation };
    },
    articles: ({ map, lang }) => map.articles.map((article) => ({ article, lang })),
    treatyMeasures: ({ map }) => map.treatyMeasures,
    gapNote: ({ lang }, args) => pick(IMPLEMENTATION_GAP_NOTE, langOr(args.lang, lang)),
    statusCounts: ({ map, lang }) =>
      IMPLEMENTATION_STATUSES.map((status) => ({
        status,
        count: map.articles.filter((a) => a.status === status).length,
        lang,
      })),
  } satisfies ImplementationMapResolvers,
  ImplementationStatusCount: {
    label: ({ status, lang }, args) => pick(IMPLEMENTATION_STATUS_LABELS[status], langOr(args.lang, lang)),
  } satisfies ImplementationStatusCountResolvers,
  ArticleImplementation: {
    provision: ({ article }) => article.provision,
    number: ({ article }) => article.number ?? null,
    heading: ({ article, lang }, args) => pickText(article.heading, langOr(args.lang, lang)),
    obligation: ({ article }) => article.obligation ?? null,
    obligationLabel: ({ article, lang }, args) =>
      article.obligation ? pick(OBLIGATION_LABELS[article.obligation], langOr(args.lang, lang)) : null,
    obligationNote: ({ article, lang }, args) => pickText(article.obligationNote, langOr(args.lang, lang)),
    status: ({ article }) => article.status,
    statusLabel: ({ article, lang }, args) =>
      pick(IMPLEMENTATION_STATUS_LABELS[article.status], langOr(args.lang, lang)),
    statusNote: ({ article, lang }, args) =>
      pick(IMPLEMENTATION_STATUS_NOTES[article.status], langOr(args.lang, lang)),
    provisions: ({ article }) => article.provisions,
    relatedMeasures: ({ article }) => article.relatedMeasures,
  } satisfies ArticleImplementationResolvers,
  ImplementationLink: {
    instrument: (link) => link.instrument ?? null,
  } satisfies ImplementationLinkResolvers,
};
