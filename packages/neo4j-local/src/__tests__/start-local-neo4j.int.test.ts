import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { boltHandshake } from '../bolt-handshake';
import { ensureBuilt } from '../ensure-built';
import { LocalNeo4jStartError, startLocalNeo4j, type LocalNeo4j } from '../start-local-neo4j';

// Lifecycle of the local server itself (the other integration tests use the shared one from globalSetup).
describe('startLocalNeo4j', () => {
  let home: string;
  const running: LocalNeo4j[] = [];

  beforeAll(async () => {
    ensureBuilt();
    home = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cadre-neo4j-lifecycle-'));
  });

  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
    await fs.promises.rm(home, { recursive: true, force: true });
  });

  it('starts two servers side by side, speaks Bolt 5, stops cleanly and keeps the store for a restart', async () => {
    const [a, b] = await Promise.all([startLocalNeo4j({ home }), startLocalNeo4j()]);
    running.push(a, b);
    expect(a.boltUri).toBe(`bolt://127.0.0.1:${a.port}`);
    expect(a.port).not.toBe(b.port);
    expect(a.home).toBe(home);
    await expect(boltHandshake(a.port)).resolves.toMatch(/^5\.\d+$/);
    await expect(boltHandshake(b.port)).resolves.toMatch(/^5\.\d+$/);

    await Promise.all([a.stop(), b.stop()]);
    // SIGTERM -> JVM shutdown hook -> DBMS shutdown; the JVM reports 128 + 15.
    expect((await a.exited).code).toBe(143);
    expect(fs.existsSync(b.home)).toBe(false); // temp home of the server we gave no home
    expect(fs.existsSync(path.join(home, 'data', 'databases', 'neo4j'))).toBe(true);

    const again = await startLocalNeo4j({ home, port: a.port });
    running.push(again);
    expect(again.port).toBe(a.port);
    await expect(boltHandshake(again.port)).resolves.toMatch(/^5\./);
    await again.stop();
  });

  it('refuses a port that is already in use with a clear error', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const attempt = startLocalNeo4j({ port });
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jStartError);
      await expect(attempt).rejects.toThrow(/already in use/);
    } finally {
      blocker.close();
    }
  });

  it('rejects an invalid port before spawning anything', async () => {
    await expect(startLocalNeo4j({ port: 70000 })).rejects.toThrow(RangeError);
  });
});
