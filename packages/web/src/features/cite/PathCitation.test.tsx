import { act, fireEvent, screen } from '@testing-library/react';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { PathCitation } from './PathCitation';

const path = {
  nodes: [
    { id: 'ml-law-2012-023', nameEn: 'Law 2012-023', nameFr: 'Loi 2012-023' },
    { id: 'un-tip-protocol', nameEn: 'Trafficking in Persons Protocol', nameFr: null },
  ],
  relations: [{ id: 'ml-law-2012-023.IMPLEMENTS.un-tip-protocol' }],
  explanationEn: 'Law 2012-023 implements Trafficking in Persons Protocol.',
  explanationFr: 'Loi 2012-023 met en œuvre Trafficking in Persons Protocol.',
};

const sources = [
  {
    confidence: null,
    source: {
      id: 'a',
      title: 'An article',
      type: 'ARTICLE',
      publishedOn: '2017',
      url: 'https://example.org/a',
      publisher: 'UNODC',
    },
  },
  {
    confidence: 'HIGH',
    source: {
      id: 'r',
      title: 'A reference',
      type: 'REFERENCE',
      publishedOn: null,
      url: null,
      publisher: null,
    },
  },
];

describe('PathCitation', () => {
  it('fetches the sources of the path relations when opened, then cites the path with its link', async () => {
    const fetchMock = mockGraphQLFetch(({ variables }) => ({
      data: { relation: { id: variables.id, sources } },
    }));
    try {
      renderWithProviders(<PathCitation path={path} asOf="2015" />);
      expect(fetchMock.calls).toHaveLength(0);
      await act(async () => {
        fireEvent.click(
          screen.getByRole('button', { name: 'Cite this: Law 2012-023 → Trafficking in Persons Protocol' }),
        );
      });
      expect(fetchMock.calls.map((c) => [c.operationName, c.variables.id])).toEqual([
        ['CitationRelationSources', path.relations[0]!.id],
      ]);
      const text = ((await screen.findByRole('textbox', { name: 'Citation text' })) as HTMLTextAreaElement)
        .value;
      expect(text.split('\n')[0]).toMatch(
        /^How “Law 2012-023” is connected to “Trafficking in Persons Protocol” \(Law 2012-023 → Trafficking in Persons Protocol\): Law 2012-023 implements Trafficking in Persons Protocol\. In: Cadre/,
      );
      expect(text).toContain(
        'http://localhost/?focus=ml-law-2012-023&asOf=2015&from=ml-law-2012-023&to=un-tip-protocol (accessed ',
      );
      expect(text.split('\n').slice(2)).toEqual([
        'Sources:',
        '1. An article, UNODC, 2017. https://example.org/a',
        '2. A reference. [reference fact, reliability: high]',
      ]);
    } finally {
      fetchMock.restore();
    }
  });
});
