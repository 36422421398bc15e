import type { CitationRecord, SeedGraph } from '@cadre/model';

/**
 * A small graph with every feature the contract checks: accents, aliases, dated and undated nodes
 * and relations, several relations between two nodes, and two routes of different lengths.
 * Hand-made rather than graph-seeds/ so the expected answers below are known and stable.
 */
const cite = (quote: string): CitationRecord[] => [{ sourceId: 'src-article', quote }];

export const CONTRACT_GRAPH: SeedGraph = {
  sources: [
    { id: 'src-article', type: 'ARTICLE', title: 'A test article', file: 'sources/test.txt', publishedOn: '2019-04-25' },
    { id: 'src-ref', type: 'REFERENCE', title: 'A reference table', url: 'https://example.org/ref' },
  ],
  nodes: [
    { id: 'un-convention', kind: 'INSTRUMENT', type: 'CONVENTION', name: { en: 'Test Convention', fr: 'Convention de test' }, aliases: [{ name: 'TC' }], citations: cite('convention'), adoptedOn: '2000-11-15', inForceOn: '2003-09-29', validFrom: '2000-11-15' },
    { id: 'un-protocol', kind: 'INSTRUMENT', type: 'PROTOCOL', name: { en: 'Trafficking Protocol', fr: 'Protocole relatif à la traite' }, shortName: { en: 'TIP Protocol' }, aliases: [], citations: cite('protocol'), adoptedOn: '2000-11-15', validFrom: '2000-11-15' },
    { id: 'xx-country', kind: 'PLACE', type: 'COUNTRY', name: { en: 'Testland', fr: 'Testlande' }, aliases: [], citations: cite('country') },
    { id: 'xx-city', kind: 'PLACE', type: 'CITY', name: { en: 'Ségou' }, aliases: [], citations: cite('city') },
    { id: 'xx-decree-2011-036', kind: 'INSTRUMENT', type: 'DECREE', name: { en: 'Decree No. 2011-036', fr: 'Décret n°2011-036' }, aliases: [], citations: cite('decree'), number: '2011-036', adoptedOn: '2011-02-03', validFrom: '2011-02-03' },
    { id: 'xx-law-2012-023', kind: 'INSTRUMENT', type: 'LAW', name: { en: 'Law No. 2012-023', fr: 'Loi n°2012-023' }, aliases: [{ name: 'Law 2012-023' }], citations: cite('law'), number: '2012-023', adoptedOn: '2012-07-12', validFrom: '2012-07-12' },
    { id: 'xx-committee', kind: 'INSTITUTION', type: 'NATIONAL_BODY', name: { en: 'National Committee', fr: 'Comité national' }, aliases: [{ name: 'CNCLTP', sourceId: 'src-article' }, { name: 'CNLTPA', sourceId: 'src-ref' }], citations: [{ sourceId: 'src-ref', quote: 'created by the decree', confidence: 'medium' }], establishedOn: '2011-02-03', validFrom: '2011-02-03', budget: { amount: 200000000, currency: 'XOF', period: '2017' } },
    { id: 'xx-old-plan', kind: 'INSTRUMENT', type: 'ACTION_PLAN', name: { en: 'Old Plan 2015-2017' }, aliases: [], citations: cite('plan'), launchedOn: '2016-03', endedOn: '2017', validFrom: '2016-03', validTo: '2017' },
    { id: 'c-tip', kind: 'CONCEPT', type: 'OFFENCE', name: { en: 'Trafficking in persons', fr: 'Traite des personnes' }, aliases: [], citations: cite('tip') },
    { id: 'xx-training', kind: 'EVENT', type: 'TRAINING', name: { en: 'Police training' }, aliases: [], citations: cite('training'), startDate: '2018-05-08', endDate: '2018-05-11', participants: 20, women: 2, validFrom: '2018-05-08' },
    { id: 'yy-donor', kind: 'INSTITUTION', type: 'GOVERNMENT', name: { en: 'Donor Government' }, aliases: [], citations: cite('donor') },
  ],
  relations: [
    { id: 'un-protocol.SUPPLEMENTS.un-convention', kind: 'SUPPLEMENTS', from: 'un-protocol', to: 'un-convention', inferred: false, citations: cite('supplements') },
    { id: 'xx-country.PARTY_TO.un-convention', kind: 'PARTY_TO', from: 'xx-country', to: 'un-convention', validFrom: '2002-04-12', inferred: false, citations: [{ sourceId: 'src-ref', quote: 'ratified', confidence: 'medium' }] },
    { id: 'xx-country.PARTY_TO.un-protocol', kind: 'PARTY_TO', from: 'xx-country', to: 'un-protocol', validFrom: '2002-04-12', inferred: false, citations: cite('party') },
    { id: 'xx-decree-2011-036.ESTABLISHES.xx-committee', kind: 'ESTABLISHES', from: 'xx-decree-2011-036', to: 'xx-committee', validFrom: '2011-02-03', inferred: false, citations: cite('establishes') },
    { id: 'xx-decree-2011-036.APPLIES_IN.xx-country', kind: 'APPLIES_IN', from: 'xx-decree-2011-036', to: 'xx-country', inferred: false, citations: cite('decree applies') },
    { id: 'xx-law-2012-023.APPLIES_IN.xx-country', kind: 'APPLIES_IN', from: 'xx-law-2012-023', to: 'xx-country', inferred: false, citations: cite('law applies') },
    { id: 'xx-law-2012-023.ADDRESSES.c-tip', kind: 'ADDRESSES', from: 'xx-law-2012-023', to: 'c-tip', inferred: false, citations: cite('law tip') },
    { id: 'un-protocol.ADDRESSES.c-tip', kind: 'ADDRESSES', from: 'un-protocol', to: 'c-tip', inferred: false, citations: cite('protocol tip') },
    { id: 'xx-law-2012-023.IMPLEMENTS.un-protocol', kind: 'IMPLEMENTS', from: 'xx-law-2012-023', to: 'un-protocol', inferred: true, note: 'definition follows article 3', citations: [{ sourceId: 'src-ref', quote: 'follows article 3', confidence: 'medium' }] },
    { id: 'xx-committee.ADOPTED.xx-old-plan', kind: 'ADOPTED', from: 'xx-committee', to: 'xx-old-plan', inferred: false, citations: cite('adopted plan') },
    { id: 'xx-training.HELD_IN.xx-city', kind: 'HELD_IN', from: 'xx-training', to: 'xx-city', inferred: false, citations: cite('held') },
    { id: 'yy-donor.FUNDED.xx-training', kind: 'FUNDED', from: 'yy-donor', to: 'xx-training', validFrom: '2018', inferred: false, citations: cite('funded') },
    { id: 'yy-donor.ORGANISED.xx-training', kind: 'ORGANISED', from: 'yy-donor', to: 'xx-training', inferred: false, citations: cite('organised') },
    { id: 'xx-city.LOCATED_IN.xx-country', kind: 'LOCATED_IN', from: 'xx-city', to: 'xx-country', inferred: false, citations: cite('located') },
  ],
};
