import { act, fireEvent, screen } from '@testing-library/react';
import searchLaw from '../../__fixtures__/search-2012-023.json';
import searchTraite from '../../__fixtures__/search-traite.json';
import { mockFetchDown, mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders, vocabulary } from '../../test-support/render-with-providers';
import { SearchBox } from './SearchBox';
import { SEARCH_DEBOUNCE_MS } from './use-search-suggestions';

const flush = async (): Promise<void> => {
  await act(async () => {
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS + 10);
  });
  // Let the mocked fetch's promises settle.
  await act(async () => {
    await Promise.resolve();
  });
};

describe('SearchBox', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('suggests as you type, once per pause, and opens a suggestion with the keyboard', async () => {
    const fetchMock = mockGraphQLFetch(({ variables }) =>
      variables.text === '2012-023' ? searchLaw : searchTraite,
    );
    const onChoose = jest.fn();
    renderWithProviders(<SearchBox onChoose={onChoose} />);
    const input = screen.getByRole('combobox', { name: 'Search' });
    act(() => input.focus());
    for (const text of ['2', '20', '2012', '2012-023']) fireEvent.change(input, { target: { value: text } });
    await flush();
    await screen.findAllByRole('option');

    // One request, for the text as it stood when typing paused.
    expect(fetchMock.calls).toEqual([
      { operationName: 'SearchNodes', variables: { text: '2012-023', first: 10 } },
    ]);
    const options = screen.getAllByRole('option');
    // The law first, then its articles (a provision is found by its instrument's number too).
    expect(options).toHaveLength(searchLaw.data.search.length);
    expect(options[0]?.textContent).toContain('Law No. 2012-023 of 12 July 2012');
    expect(options.slice(1).every((o) => /Article \d+ of Law 2012-023/.test(o.textContent ?? ''))).toBe(true);
    expect(options[0]?.textContent).toContain('Instrument · Law 2012-023');
    expect(input.getAttribute('aria-expanded')).toBe('true');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('ml-law-2012-023');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fetchMock.restore();
  });

  it('moves through several suggestions with Down and Up, wrapping, in French', async () => {
    const fetchMock = mockGraphQLFetch(() => searchTraite);
    const onChoose = jest.fn();
    renderWithProviders(<SearchBox onChoose={onChoose} />, { lang: 'fr' });
    const input = screen.getByRole('combobox', { name: 'Rechercher' });
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'traité' } });
    await flush();
    const options = await screen.findAllByRole('option');
    expect(options.length).toBe(10);
    // French names when there are some.
    expect(options[1]?.textContent).toContain('Traite des personnes');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[9]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('int-trafficking-in-persons');
    // The accents are sent as typed: the API folds them.
    expect(fetchMock.calls[0]?.variables.text).toBe('traité');
    // A word asks for no article: provisions (dozens per treaty) are left out of the search.
    expect(fetchMock.calls[0]?.variables.kinds).toEqual(
      vocabulary.nodeKinds.filter((kind) => kind !== 'PROVISION'),
    );
    fetchMock.restore();
  });

  it('says when nothing matches and closes on Escape', async () => {
    const fetchMock = mockGraphQLFetch(() => ({ data: { search: [] } }));
    renderWithProviders(<SearchBox onChoose={jest.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Search' });
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'zzzz' } });
    await flush();
    expect(await screen.findByText('Nothing matches “zzzz”.')).toBeTruthy();
    expect(screen.queryByRole('option')).toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    fetchMock.restore();
  });

  it('says that search failed when the API cannot be reached', async () => {
    const down = mockFetchDown();
    renderWithProviders(<SearchBox onChoose={jest.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Search' });
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'law' } });
    await flush();
    expect((await screen.findByText(/Search failed/)).textContent).toContain(
      'The Cadre API cannot be reached',
    );
    down.restore();
  });
});
