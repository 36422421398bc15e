/**
 * The questions researchers and trainers ask first, as GraphiQL tabs. Each is a named operation
 * with comments saying what it answers and what to change; the unit test validates all of them
 * against the API's SDL, so a schema change that breaks an example fails CI.
 */
export interface ExampleQuery {
  /** Short title (the operation name is what GraphiQL shows on the tab). */
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'What did Decree 2011-036 establish?',
    query: `# What did Decree 2011-036 establish?
#
# The decree's ESTABLISHES relations, each read aloud
# as a sentence, with the evidence behind it: the quote
# and its source (reference facts carry a confidence).
#
# Run it with the ▶ button or Ctrl+Enter. Names are in
# English; write name(lang: FR) for French.
query WhatDidDecree2011036Establish {
  node(id: "ml-decree-2011-036") {
    name
    validFrom
    relations(direction: OUT, kinds: [ESTABLISHES]) {
      sentence
      to {
        id
        name
        nameFr
        typeLabel
      }
      sources {
        quote
        confidence
        source {
          title
          publisher
          publishedOn
          url
        }
      }
    }
  }
}
`,
  },
  {
    title: 'How is Law 2012-023 connected to the Trafficking in Persons Protocol?',
    query: `# How is Law 2012-023 connected to the Trafficking in Persons Protocol?
#
# The shortest paths between the two (at most maxHops
# relations), read aloud. "inferred: true" marks an
# analyst's reading rather than a statement of a source.
query HowIsLaw2012023ConnectedToTheProtocol {
  paths(from: "ml-law-2012-023", to: "un-tip-protocol", maxHops: 3, first: 3) {
    length
    explanation
    relations {
      kind
      inferred
      note
      from {
        name
      }
      to {
        name
      }
      sources {
        quote
        source {
          title
          url
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Who funded the May 2018 police training?',
    query: `# Who funded the May 2018 police training in Bamako?
#
# The relations that end at the training: FUNDED (who
# paid) and ORGANISED (who ran it), with the quote of
# the source that says so.
query WhoFundedTheMay2018PoliceTraining {
  node(id: "ml-2018-05-police-training-bamako") {
    name
    ... on Event {
      startDate
      endDate
      participants
    }
    funders: relations(direction: IN, kinds: [FUNDED]) {
      from {
        id
        name
      }
      sources {
        quote
        source {
          title
          publisher
          url
        }
      }
    }
    organisers: relations(direction: IN, kinds: [ORGANISED]) {
      from {
        name
      }
    }
  }
}
`,
  },
  {
    title: 'The framework as of 2011',
    query: `# The framework as of 2011
#
# What stood around Mali on 31 December 2011: the
# instruments and institutions one relation away from
# it, as they were on that date. Change asOf to compare
# years (Law 2012-023 appears from "2012-07-12" on).
query FrameworkAsOf2011 {
  neighborhood(id: "ml-mali", asOf: "2011-12-31", kinds: [INSTRUMENT, INSTITUTION]) {
    nodes {
      id
      name
      kind
      typeLabel
      validFrom
      validTo
    }
    relations {
      kind
      from {
        id
      }
      to {
        id
      }
    }
  }
}
`,
  },
  {
    title: 'Search in French',
    query: `# Rechercher en français — search in French
#
# Every word must match a name (EN or FR), an alias,
# a number or an id; accents and case are folded
# ("comite" finds "Comité").
query RechercheEnFrancais {
  search(text: "traite des personnes", first: 10) {
    id
    kind
    name(lang: FR)
    typeLabel(lang: FR)
  }
}
`,
  },
];
