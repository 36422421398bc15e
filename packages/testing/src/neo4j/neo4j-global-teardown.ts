import type { LocalNeo4j } from '@cadre/neo4j-local';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __CADRE_NEO4J__?: LocalNeo4j }).__CADRE_NEO4J__?.stop();
}
