import { graphql } from '../../gql';
import type { Lang as ApiLang, RatificationMapQuery as RatificationMapResult } from '../../gql/graphql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import type { Lang } from '../../lib/i18n/langs';

/**
 * The treaties the map is offered for: the Palermo Convention and its two Protocols, the treaties
 * whose participation the graph records for the West African states.
 */
export const RATIFICATION_TREATIES = ['un-untoc', 'un-tip-protocol', 'un-som-protocol'] as const;

export const RatificationTreatiesQuery = graphql(/* GraphQL */ `
  query RatificationTreaties($ids: [ID!]!, $lang: Lang!) {
    nodes(ids: $ids) {
      id
      shortName(lang: $lang)
    }
  }
`);

/**
 * Every jurisdiction's standing in a treaty on a date, in the view's language: the rows the map
 * colours and the table lists, the legend with its counts, and what a gap in the graph means.
 */
export const RatificationMapQuery = graphql(/* GraphQL */ `
  query RatificationMap($treaty: ID!, $asOf: PartialDate, $lang: Lang!) {
    ratificationMap(treaty: $treaty, asOf: $asOf, lang: $lang) {
      asOf
      statusDate
      treaty {
        id
        name(lang: $lang)
        shortName(lang: $lang)
      }
      treatyStatus {
        status
      }
      rows {
        jurisdiction {
          id
          isoCode
          name(lang: $lang)
        }
        status
        label(lang: $lang)
        explanation(lang: $lang)
        recorded
        computed
        otherReadings
        signatureDate
        consentDate
        consentKind
        entryIntoForceDate
        entryIntoForceComputed
        since {
          kind
          date
          computed
        }
        sources {
          ...CitedSourceFields
        }
      }
      legend {
        status
        label(lang: $lang)
        description(lang: $lang)
        count
        unrecordedCount
      }
      gapNote(lang: $lang)
    }
  }
`);

export type RatificationMapData = RatificationMapResult['ratificationMap'];
export type RatificationRow = RatificationMapData['rows'][number];

export const apiLang = (lang: Lang): ApiLang => (lang === 'fr' ? 'FR' : 'EN');

export const ratificationTreatiesQuery = (lang: Lang) =>
  graphqlQuery(RatificationTreatiesQuery, { ids: [...RATIFICATION_TREATIES], lang: apiLang(lang) });

/** The map as the view asks for it: a treaty, the time slider's date (null for today), the language. */
export const ratificationMapQuery = (treaty: string, asOf: string | null, lang: Lang) =>
  graphqlQuery(RatificationMapQuery, { treaty, asOf, lang: apiLang(lang) });
