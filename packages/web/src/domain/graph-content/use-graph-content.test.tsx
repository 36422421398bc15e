import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import neighborhood from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { createQueryClient } from '../../lib/graphql/query-client';
import { ApiUnavailableError } from '../../lib/graphql/fetch-graphql';
import { mockFetchDown, mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { emptyContent, mergeSubgraphs } from './graph-content';
import { keepShownGraph } from './keep-shown-graph';
import { useGraphContent } from './use-graph-content';

const LAW = 'ml-law-2012-023';
const full = (neighborhood.data as NeighborhoodQuery).neighborhood;
// As of 2020 the API answers a smaller neighbourhood: the law and its first neighbour only.
const in2020 = { ...full, nodes: full.nodes.slice(0, 2), relations: [] };
const answer = ({ variables }: { variables: Record<string, unknown> }) =>
  variables.id === 'no-such-node'
    ? { errors: [{ message: 'No node no-such-node', extensions: { code: 'NOT_FOUND' } }] }
    : { data: { neighborhood: variables.asOf === '2020' ? in2020 : full } };

function renderGraphContent(asOf: string | null, centres: readonly string[] = [LAW]) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ asOf: date }: { asOf: string | null }) => useGraphContent(centres, date), {
    wrapper,
    initialProps: { asOf },
  });
}

describe('the graph while the API is away', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('keeps the last date shown when a new date fails, says so, and shows the new date once it loads', async () => {
    restore = mockGraphQLFetch(answer).restore;
    const { result, rerender } = renderGraphContent('2012');
    await waitFor(() => expect(result.current.content.nodes.size).toBe(full.nodes.length));
    expect(result.current.kept).toBeNull();

    restore();
    restore = mockFetchDown().restore;
    rerender({ asOf: '2020' });
    await waitFor(() => expect(result.current.error?.error).toBeInstanceOf(ApiUnavailableError));
    expect(result.current.kept).toEqual({ asOf: '2012' });
    expect([...result.current.content.nodes.keys()].sort()).toEqual(full.nodes.map((n) => n.id).sort());

    restore();
    restore = mockGraphQLFetch(answer).restore;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.kept).toBeNull());
    expect([...result.current.content.nodes.keys()].sort()).toEqual(in2020.nodes.map((n) => n.id).sort());
    expect(result.current.error).toBeNull();
  });

  it('keeps the last date shown while the failed date is asked again, rather than blinking out', async () => {
    restore = mockGraphQLFetch(answer).restore;
    const { result, rerender } = renderGraphContent('2012');
    await waitFor(() => expect(result.current.content.nodes.size).toBe(full.nodes.length));
    restore();
    restore = mockFetchDown().restore;
    rerender({ asOf: '2020' });
    await waitFor(() => expect(result.current.kept).toEqual({ asOf: '2012' }));

    // The retry is on its way, and the API is slow to answer it.
    restore();
    let answerRetry: () => void = () => undefined;
    const retryAnswered = new Promise<void>((resolve) => {
      answerRetry = resolve;
    });
    restore = mockGraphQLFetch(async (call) => {
      await retryAnswered;
      return answer(call);
    }).restore;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.loading).toBe(true));
    expect(result.current.kept).toEqual({ asOf: '2012' });
    expect(result.current.content.nodes.size).toBe(full.nodes.length);

    act(() => answerRetry());
    await waitFor(() => expect(result.current.kept).toBeNull());
    expect([...result.current.content.nodes.keys()].sort()).toEqual(in2020.nodes.map((n) => n.id).sort());
  });

  it('keeps the last date shown too when an expanded id is unknown (an answer, not an outage)', async () => {
    restore = mockGraphQLFetch(answer).restore;
    const { result, rerender } = renderGraphContent('2012', [LAW, 'no-such-node']);
    await waitFor(() => expect(result.current.error?.centre).toBe('no-such-node'));
    expect(result.current.content.nodes.size).toBe(full.nodes.length);

    restore();
    restore = mockFetchDown().restore;
    rerender({ asOf: '2020' });
    await waitFor(() => expect(result.current.kept).toEqual({ asOf: '2012' }));
    expect(result.current.content.nodes.size).toBe(full.nodes.length);
  });

  it('keeps nothing when the first date asked fails: there is no earlier graph to stand in', async () => {
    restore = mockFetchDown().restore;
    const { result } = renderGraphContent('2012');
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.kept).toBeNull();
    expect(result.current.content.nodes.size).toBe(0);
  });
});

describe('which graph stands in for a date that failed', () => {
  const content = mergeSubgraphs([{ centre: LAW, subgraph: full }]);
  const last = { focus: LAW, asOf: '2012', content };

  it('is the last one of the same focus, as of another date', () => {
    expect(keepShownGraph({ focus: LAW, asOf: '2020', unavailable: true }, last)).toBe(last);
    expect(keepShownGraph({ focus: LAW, asOf: null, unavailable: true }, last)).toBe(last);
  });

  it('is none while nothing failed, for another focus, or for the same date (an expanded node failed)', () => {
    expect(keepShownGraph({ focus: LAW, asOf: '2020', unavailable: false }, last)).toBeNull();
    expect(keepShownGraph({ focus: 'ml-mali', asOf: '2020', unavailable: true }, last)).toBeNull();
    expect(keepShownGraph({ focus: LAW, asOf: '2012', unavailable: true }, last)).toBeNull();
    expect(keepShownGraph({ focus: LAW, asOf: '2020', unavailable: true }, null)).toBeNull();
    expect(
      keepShownGraph({ focus: null, asOf: '2020', unavailable: true }, { ...last, content: emptyContent() }),
    ).toBeNull();
  });
});
