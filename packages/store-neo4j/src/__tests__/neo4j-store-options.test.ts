import { DEFAULT_NEO4J_URI, neo4jOptionsFromEnv } from '../neo4j-store-options';

describe('neo4jOptionsFromEnv', () => {
  it('defaults to the local server without authentication', () => {
    expect(neo4jOptionsFromEnv({})).toEqual({ uri: DEFAULT_NEO4J_URI });
  });

  it('reads the address, credentials and database', () => {
    expect(
      neo4jOptionsFromEnv({
        NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'secret',
        NEO4J_DATABASE: 'cadre',
      }),
    ).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'neo4j',
      password: 'secret',
      database: 'cadre',
    });
  });
});
