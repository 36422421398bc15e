import { startLocalNeo4j, type LocalNeo4j } from '@cadre/neo4j-local';

/**
 * Starts one real local Neo4j (Community 5.26, from Maven Central) for the whole integration run,
 * on a free port in a temporary home; its Bolt address reaches the tests as NEO4J_TEST_URI.
 * An external server can be used instead by setting NEO4J_TEST_URI before running the tests.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const started = Date.now();
  const server = await startLocalNeo4j({ timeoutMs: 180_000 });
  console.log(
    `\nLocal Neo4j for integration tests at ${server.boltUri} (started in ${Date.now() - started} ms)`,
  );
  process.env.NEO4J_TEST_URI = server.boltUri;
  (globalThis as { __CADRE_NEO4J__?: LocalNeo4j }).__CADRE_NEO4J__ = server;
}
