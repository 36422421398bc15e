import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLScalarType } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { RAW_ID_INDEX, RAW_QUESTIONS } from './raw-questions';

/**
 * The floors and the rival `run-api-bench.ts` measures Cadre against, one per process (argv[2]):
 * `bare-apollo` (Apollo Server 5 over node:http answering `{__typename}`), `bare-apollo-answer`
 * (the same server answering `{ answer(q: "<question>") }` with Cadre's own answer to that
 * question, read once from the JSON file BENCH_ANSWERS and returned as one opaque scalar: what
 * Apollo, JSON.stringify and HTTP cost for that answer with no resolver work), `raw-driver` (one Cypher
 * query per question through neo4j-driver behind bare node:http: GET /n1?id= and /n2?id= through
 * `driver.executeQuery`, the driver's advice for a single query, which the floor used; GET
 * /auto/n1?id= and /auto/n2?id= as an auto-commit query in a READ session, what Cadre's store
 * runs, one round trip fewer), and
 * `neo4j-graphql` (@neo4j/graphql 7 over the same database). Listens on PORT.
 */
async function main(): Promise<void> {
  const kind = process.argv[2];
  const port = Number(process.env.PORT);
  if (kind === 'bare-apollo') {
    const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: {} });
    await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  } else if (kind === 'bare-apollo-answer') {
    const answers = JSON.parse(readFileSync(process.env.BENCH_ANSWERS ?? '', 'utf8')) as Record<
      string,
      unknown
    >;
    const server = new ApolloServer({
      typeDefs: 'scalar Answer type Query { answer(q: String!): Answer }',
      resolvers: {
        // Serialized as it is: the answer is already JSON data.
        Answer: new GraphQLScalarType({ name: 'Answer', serialize: (value) => value }),
        Query: { answer: (_: unknown, { q }: { q: string }) => answers[q] ?? null },
      },
    });
    await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  } else if (kind === 'raw-driver') {
    const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', 'neo4j'));
    await driver.executeQuery(RAW_ID_INDEX);
    await driver.executeQuery('CALL db.awaitIndexes(300)');
    createServer((req, res) => void answerRaw(driver, req, res)).listen(port, '127.0.0.1');
  } else if (kind === 'neo4j-graphql') {
    const { Neo4jGraphQL } = await import('@neo4j/graphql');
    const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', 'neo4j'));
    // The closest @neo4j/graphql model of Cadre's graph: one Entity type (`Node` is reserved for Relay), its JSON record, and its
    // neighbours through any relationship type (a @cypher field: the schema has 20-odd types).
    const typeDefs = /* GraphQL */ `
      type Entity @node(labels: ["Node"]) {
        id: ID!
        record: String
        neighbours: [Entity!]!
          @cypher(statement: "MATCH (this)-[]-(m:Node) RETURN DISTINCT m ORDER BY m.id", columnName: "m")
        links: [String!]!
          @cypher(statement: "MATCH (this)-[r]-(:Node) RETURN r.record AS l ORDER BY r.id", columnName: "l")
      }
    `;
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
    const server = new ApolloServer({ schema });
    await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  } else throw new Error(`unknown contender "${kind}"`);
  console.log('ready');
}

/** A raw question's records, by `executeQuery` or (`auto`) as an auto-commit query. */
async function rawRecords(driver: Driver, cypher: string, id: string | null, auto: boolean) {
  if (!auto) return (await driver.executeQuery(cypher, { id }, { routing: 'READ' })).records;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(cypher, { id })).records;
  } finally {
    await session.close();
  }
}

async function answerRaw(driver: Driver, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const auto = url.pathname.startsWith('/auto/');
  const cypher = RAW_QUESTIONS[url.pathname.slice(auto ? '/auto/'.length : 1)];
  if (!cypher) {
    res.writeHead(404).end();
    return;
  }
  try {
    const records = await rawRecords(driver, cypher, url.searchParams.get('id'), auto);
    const body = JSON.stringify(records.map((r) => r.toObject()));
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
