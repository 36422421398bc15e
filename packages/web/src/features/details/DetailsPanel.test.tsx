import { screen, within } from '@testing-library/react';
import nodeResponse from '../../__fixtures__/node-ml-law-2012-023.json';
import relationResponse from '../../__fixtures__/relation-implements.json';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import type { Selection } from '../../domain/view-state/view-state';
import { DetailsPanel } from './DetailsPanel';

const actions = {
  onFocus: jest.fn(),
  onExpand: jest.fn(),
  onCollapse: jest.fn(),
  onRemove: jest.fn(),
  onSelectRelation: jest.fn(),
  onSelectNode: jest.fn(),
};

const panel = (selected: Selection, lang: 'en' | 'fr' = 'en') =>
  renderWithProviders(
    <DetailsPanel selected={selected} asOf={null} focus="ml-mali" expanded={[]} actions={actions} />,
    { lang },
  );

describe('DetailsPanel', () => {
  let fetchMock: ReturnType<typeof mockGraphQLFetch>;
  beforeEach(() => {
    fetchMock = mockGraphQLFetch(({ operationName }) =>
      operationName === 'NodeDetails' ? nodeResponse : relationResponse,
    );
  });
  afterEach(() => fetchMock.restore());

  it('asks to select something when nothing is', () => {
    panel(null);
    expect(screen.getByText(/Select a node or a relation/)).toBeTruthy();
    expect(fetchMock.calls).toHaveLength(0);
  });

  it('shows every attribute, both names, aliases with their source and every citation of a node', async () => {
    panel({ type: 'node', id: 'ml-law-2012-023' });
    const node = nodeResponse.data.node;
    expect(await screen.findByRole('heading', { level: 2, name: node.nameEn })).toBeTruthy();
    const value = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value('Type')).toBe('Law');
    expect(value('Number')).toBe('2012-023');
    expect(value('Name (French)')).toBe(node.nameFr);
    // Dates come as stages now, and "in force" names the stage it rests on.
    expect(screen.queryByText('Adopted', { selector: 'dt' })).toBeNull();
    expect(document.querySelector('.in-force-status')?.textContent).toBe(
      'Today · In force since 12 July 2012 — basis: promulgation (no entry-into-force date in the sources)',
    );

    const aliases = within(
      screen.getByRole('heading', { name: 'Also known as' }).parentElement!,
    ).getAllByRole('listitem');
    expect(aliases.map((li) => li.textContent)).toEqual(
      node.aliases.map((a) => (a.source ? `${a.name} (according to ${a.source.title})` : a.name)),
    );

    const citations = within(
      screen.getByRole('heading', { name: `Citations (${node.sources.length})` }).parentElement!,
    )
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('citation'));
    expect(citations).toHaveLength(node.sources.length);
    node.sources.forEach((source, i) => {
      const item = citations[i]!;
      // Verbatim quotes in quotation marks; restated reference facts without them.
      if (source.verbatim) expect(item.querySelector('blockquote')?.textContent).toBe(`“${source.quote}”`);
      else
        expect([
          item.querySelector('blockquote'),
          item.querySelector('.citation-restated')?.textContent,
        ]).toEqual([null, source.quote]);
      expect(item.textContent).toContain(source.source.title);
      expect(item.textContent).toContain(
        source.verbatim ? 'Verbatim quote from the article' : 'Reference fact (restated)',
      );
      if (source.confidence)
        expect(item.textContent).toContain(`Confidence: ${source.confidence.toLowerCase()}`);
      if (source.source.url)
        expect(within(item).getByRole('link').getAttribute('href')).toBe(source.source.url);
      if (source.source.publishedOn) expect(item.textContent).toContain('Published 10 October 2025');
    });
    // Offers to centre on it (it is not the focus) and to expand it.
    expect(screen.getByRole('button', { name: 'Centre here' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Expand' })).toBeTruthy();
  });

  it('shows a relation: its sentence, validity, inferred flag with the note, and citations, in French', async () => {
    panel({ type: 'relation', id: 'ml-law-2012-023.IMPLEMENTS.un-tip-protocol' }, 'fr');
    const relation = relationResponse.data.relation;
    expect(await screen.findByRole('heading', { level: 2, name: relation.sentenceFr })).toBeTruthy();
    // The note in the interface's language, the inferred marker in French too.
    expect(screen.getByText(relation.noteFr!)).toBeTruthy();
    expect(relation.noteFr).toMatch(/^Lecture d'analyste/);
    expect(screen.getByText(/^Oui : lecture d'analyste/)).toBeTruthy();
    const citations = screen.getAllByRole('listitem').filter((li) => li.classList.contains('citation'));
    expect(citations).toHaveLength(relation.sources.length);
    const confidence = relation.sources.find((c) => c.confidence === 'MEDIUM');
    if (confidence) expect(screen.getAllByText('Fiabilité : moyenne').length).toBeGreaterThan(0);
  });
});
