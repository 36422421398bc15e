import { withKnownOperationName } from './graphiql-fetcher';

describe("GraphiQL's fetcher", () => {
  const query = 'query WhoFunded { stats { nodes } }';

  it('keeps an operation name the query defines', () => {
    expect(withKnownOperationName({ query, operationName: 'WhoFunded' })).toEqual({
      query,
      operationName: 'WhoFunded',
    });
  });

  it("drops a stale name from another tab (GraphiQL's tab switch), so the query runs", () => {
    expect(withKnownOperationName({ query, operationName: 'WhatDidDecree' })).toEqual({ query });
  });

  it('does not take a longer name for a defined one', () => {
    expect(withKnownOperationName({ query, operationName: 'Who' })).toEqual({ query });
  });
});
