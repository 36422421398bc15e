import type { GraphStore } from '@cadre/store';

export class Neo4jStore {
  static async fromEnv(_env: NodeJS.ProcessEnv, _log: (m: string) => void): Promise<GraphStore> {
    throw new Error('The Neo4j store is not built yet');
  }
}
