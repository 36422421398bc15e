import { fireEvent, render, screen } from '@testing-library/react';
import vocabulary from '../__fixtures__/vocabulary.json';
import { App } from './App';
import { mockFetchDown, mockGraphQLFetch } from '../test-support/mock-graphql-fetch';

describe('App', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('says clearly that the API is down, and recovers on Retry now', async () => {
    const down = mockFetchDown();
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The explorer cannot reach its API');
    expect(alert.textContent).toContain('The Cadre API cannot be reached');
    down.restore();

    const api = mockGraphQLFetch(({ operationName }) =>
      operationName === 'Vocabulary'
        ? vocabulary
        : {
            data: {
              stats: { nodes: 135, relations: 269, citations: 777, sources: 66, nodesByKind: [] },
              nodes: [],
              listNodes: { edges: [] },
            },
          },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(
      await screen.findByText('The graph holds 135 nodes, 269 relations and 777 citations from 66 sources.'),
    ).toBeTruthy();
    api.restore();
  });

  it('starts in the language of the URL', async () => {
    window.history.replaceState(null, '', '/?lang=fr');
    const api = mockGraphQLFetch(({ operationName }) =>
      operationName === 'Vocabulary'
        ? vocabulary
        : {
            data: {
              stats: { nodes: 1, relations: 0, citations: 1, sources: 1, nodesByKind: [] },
              nodes: [],
              listNodes: { edges: [] },
            },
          },
    );
    render(<App />);
    expect(await screen.findByRole('combobox', { name: 'Rechercher' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    expect(await screen.findByRole('combobox', { name: 'Search' })).toBeTruthy();
    expect(window.location.search).toBe('');
    api.restore();
  });
});
