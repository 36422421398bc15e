import { graphql } from '../../gql';

/** Fetched once: both languages, so switching language needs no round trip. */
export const VocabularyQuery = graphql(/* GraphQL */ `
  query Vocabulary {
    vocabulary {
      nodeKinds {
        kind
        labelEn: label(lang: EN)
        labelFr: label(lang: FR)
        pluralEn: plural(lang: EN)
        pluralFr: plural(lang: FR)
        types {
          type
          labelEn: label(lang: EN)
          labelFr: label(lang: FR)
        }
      }
      relationKinds {
        kind
        labelEn: label(lang: EN)
        labelFr: label(lang: FR)
        verbEn: verb(lang: EN)
        verbFr: verb(lang: FR)
      }
    }
  }
`);
