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
 * One treaty's articles for the jurisdictions compared, with what each links to and its citations.
 * Written out without fragments: the API counts a fragment as a level, and this one is deep.
 */
export const CompareArticlesQuery = graphql(/* GraphQL */ `
  query CompareArticles($ids: [ID!]!, $asOf: PartialDate, $treaty: ID!, $lang: Lang!) {
    compareJurisdictions(ids: $ids, asOf: $asOf, treaties: [$treaty], lang: $lang) {
      profiles {
        jurisdiction {
          id
        }
        implementation {
          articles {
            number
            heading(lang: $lang)
            status
            statusLabel(lang: $lang)
            provision {
              id
            }
            provisions {
              node {
                id
                shortName(lang: $lang)
              }
              relation {
                id
                sources {
                  quote
                  verbatim
                  source {
                    id
                    title
                    publisher
                    url
                  }
                }
              }
            }
            relatedMeasures {
              node {
                id
                shortName(lang: $lang)
              }
              relation {
                id
                sources {
                  quote
                  verbatim
                  source {
                    id
                    title
                    publisher
                    url
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export type Comparison = CompareResult['compareJurisdictions'];
export type Profile = Comparison['profiles'][number];
export type ArticleProfiles = CompareArticlesResult['compareJurisdictions']['profiles'];

export const compareChoicesQuery = (lang: Lang) => graphqlQuery(CompareChoicesQuery, { lang: apiLang(lang) });

export const compareQuery = (ids: readonly string[], asOf: string | null, lang: Lang) =>
  graphqlQuery(CompareJurisdictionsQuery, {
    ids: [...ids],
    asOf,
    treaties: [...COMPARED_TREATIES],
    lang: apiLang(lang),
  });

export const compareArticlesQuery = (
  ids: readonly string[],
  asOf: string | null,
  treaty: string,
  lang: Lang,
) => graphqlQuery(CompareArticlesQuery, { ids: [...ids], asOf, treaty, lang: apiLang(lang) });
