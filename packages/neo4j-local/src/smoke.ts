/**
 * `npm run smoke -w @cadre/neo4j-local`: end-to-end check of the launcher using Node built-ins only
 * (no driver): start on a free port in a temp home, Bolt handshake, a second concurrent server, a clean
 * SIGTERM stop, a restart on the same home, and the port-in-use error. Prints "N passed, N failed".
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { boltHandshake } from './bolt-handshake';
import { LocalNeo4jStartError, startLocalNeo4j } from './start-local-neo4j';

function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(msg);
}

async function main(): Promise<number> {
  let passed = 0;
  let failed = 0;
  const check = async (name: string, fn: () => Promise<void>): Promise<void> => {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const home = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cadre-neo4j-smoke-'));
  try {
    let port = 0;
    await check('start on a free port, Bolt handshake, second server alongside, SIGTERM stop', async () => {
      const a = await startLocalNeo4j({ home });
      port = a.port;
      const b = await startLocalNeo4j(); // own temp home, other free port
      try {
        assert(a.boltUri === `bolt://127.0.0.1:${a.port}`, `unexpected boltUri ${a.boltUri}`);
        assert(a.port !== b.port, 'two servers got the same port');
        const [va, vb] = await Promise.all([boltHandshake(a.port), boltHandshake(b.port)]);
        assert(va.startsWith('5.') && vb.startsWith('5.'), `expected Bolt 5.x, got ${va} / ${vb}`);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
      const ea = await a.exited;
      assert(ea.code === 143 || ea.code === 0, `exit after SIGTERM: ${JSON.stringify(ea)}`);
      assert(!fs.existsSync(b.home), 'temp home of the second server was not removed');
      assert(fs.existsSync(path.join(home, 'data', 'databases', 'neo4j')), 'store missing in the given home');
    });

    await check('restart on the same home and port', async () => {
      const a = await startLocalNeo4j({ home, port });
      try {
        assert(a.port === port, 'port changed');
        await boltHandshake(a.port);
      } finally {
        await a.stop();
      }
    });

    await check('explicit port already in use gives a clear error', async () => {
      const blocker = net.createServer();
      await new Promise<void>((res) => blocker.listen(0, '127.0.0.1', () => res()));
      const address = blocker.address();
      const busy = typeof address === 'object' && address !== null ? address.port : 0;
      try {
        await startLocalNeo4j({ port: busy });
        throw new Error('expected startLocalNeo4j to fail');
      } catch (err) {
        assert(err instanceof LocalNeo4jStartError && err.portInUse, `wrong error: ${String(err)}`);
        assert(/already in use/.test(err.message), `message lacks "already in use": ${err.message}`);
      } finally {
        blocker.close();
      }
    });
  } finally {
    await fs.promises.rm(home, { recursive: true, force: true });
  }

  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
