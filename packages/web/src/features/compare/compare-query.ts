import { graphql } from '../../gql';
import type {
  CompareArticlesQuery as CompareArticlesResult,
  CompareJurisdictionsQuery as CompareResult,
  Lang as ApiLang,
} from '../../gql/graphql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import type { Lang } from '../../lib/i18n/langs';

/** The treaties compared: the Palermo Convention and its two Protocols (the API's default, said here). */
export const COMPARED_TREATIES = ['un-untoc', 'un-tip-protocol', 'un-som-protocol'] as const;

export const apiLang = (lang: Lang): ApiLang => (lang === 'fr' ? 'FR' : 'EN');

/** The jurisdictions a comparison may take, by name in the view's language. */
export const CompareChoicesQuery = graphql(/* GraphQL */ `
  query CompareChoices($lang: Lang!) {
    jurisdictions(lang: $lang) {
      id
      name(lang: $lang)
    }
  }
`);

/**
 * Two to four jurisdictions side by side on a date: their standing in each treaty, what their
 * national texts cover, the texts themselves, their coordination bodies and how each treaty's
 * articles are implemented (counts; the articles are asked for on demand, CompareArticles).
 * Every cell comes with its citations.
 */
export const CompareJurisdictionsQuery = graphql(/* GraphQL */ `
  query CompareJurisdictions($ids: [ID!]!, $asOf: PartialDate, $treaties: [ID!]!, $lang: Lang!) {
    compareJurisdictions(ids: $ids, asOf: $asOf, treaties: $treaties, lang: $lang) {
      asOf
      statusDate
      treaties {
        id
        shortName(lang: $lang)
      }
      columns {
        id
        label(lang: $lang)
      }
      gapNote(lang: $lang)
      profiles {
        jurisdiction {
          id
          name(lang: $lang)
        }
        participation {
          treaty {
            id
          }
          status
          label(lang: $lang)
          explanation(lang: $lang)
          recorded
          otherReadings
          signatureDate
          consentDate
          consentKind
          entryIntoForceDate
          entryIntoForceComputed
          sources {
            ...CitedSourceFields
          }
        }
        coverage {
          column {
            id
          }
          status
          label(lang: $lang)
          note(lang: $lang)
          links {
            inferred
            binding
            instrument {
              id
              shortName(lang: $lang)
            }
            provision {
              id
              shortName(lang: $lang)
            }
          }
          sources {
            ...CitedSourceFields
          }
        }
        instruments {
          instrument {
            id
            shortName(lang: $lang)
          }
          status {
            ...InForceStatusFields
          }
          binding
          columns
          sources {
            ...CitedSourceFields
          }
        }
        coordinationBodies {
          body {
            id
            name(lang: $lang)
          }
          columns
          establishedBy {
            id
            from {
              id
              shortName(lang: $lang)
            }
          }
          sources {
            ...CitedSourceFields
          }
        }
        implementation {
          treaty {
            id
          }
          statusCounts {
            status
            label(lang: $lang)
            count
          }
        }
      }
    }
  }
`);

/**
 * One treaty's articles for one of the jurisdictions compared, with what each links to and its
 * citations: asked for each state apart, on demand (the comparison itself carries the counts). A
 * single comparison with every state's articles and citations would cost more than the API allows.
 */
export const CompareArticlesQuery = graphql(/* GraphQL */ `
  query CompareArticles($treaty: ID!, $jurisdiction: ID!, $asOf: PartialDate, $lang: Lang!) {
    implementationMap(treaty: $treaty, jurisdiction: $jurisdiction, asOf: $asOf, lang: $lang) {
      articles {
        number
        heading(lang: $lang)
        status
        statusLabel(lang: $lang)
        provision {
          id
        }
        provisions {
          ...CompareLinkFields
        }
        relatedMeasures {
          ...CompareLinkFields
        }
      }
    }
  }
`);

export const CompareLinkFields = graphql(/* GraphQL */ `
  fragment CompareLinkFields on ImplementationLink {
    node {
      id
      shortName(lang: $lang)
    }
    relation {
      id
      sources {
        ...CitedSourceFields
      }
    }
  }
`);

export type Comparison = CompareResult['compareJurisdictions'];
export type Profile = Comparison['profiles'][number];
export type ArticleMap = NonNullable<CompareArticlesResult['implementationMap']>;

export const compareChoicesQuery = (lang: Lang) => graphqlQuery(CompareChoicesQuery, { lang: apiLang(lang) });

export const compareQuery = (ids: readonly string[], asOf: string | null, lang: Lang) =>
  graphqlQuery(CompareJurisdictionsQuery, {
    ids: [...ids],
    asOf,
    treaties: [...COMPARED_TREATIES],
    lang: apiLang(lang),
  });

/** One state's articles of one treaty, as of the comparison's date. */
export const compareArticlesQuery = (treaty: string, jurisdiction: string, asOf: string | null, lang: Lang) =>
  graphqlQuery(CompareArticlesQuery, { treaty, jurisdiction, asOf, lang: apiLang(lang) });
