import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';

import { ensureBuilt, usableCdsArchive } from './ensure-built';

export interface StartLocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. 0 or omitted: pick a free port. */
  port?: number;
  /** Neo4j home (data/ and logs/ go here). Omitted: a fresh temp dir, deleted by stop(). */
  home?: string;
  /** Receives every line the server prints (stdout protocol lines and stderr warnings). */
  log?: (line: string) => void;
  /** How long to wait for the readiness line. Default 120 000 ms. */
  timeoutMs?: number;
  /** Extra JVM options, appended after JVM_ARGS (e.g. a different -Xmx). */
  jvmArgs?: readonly string[];
  /** Use target/neo4j-local.jsa (from `npm run build:cds`) when it is up to date. Default true. */
  useCdsArchive?: boolean;
}

export interface LocalNeo4j {
  /** e.g. "bolt://127.0.0.1:7687"; no auth (use neo4j.auth.none() or any credentials). */
  boltUri: string;
  port: number;
  home: string;
  pid: number;
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
  /** Settles when the Java process exits, for whatever reason. */
  exited: Promise<ExitInfo>;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export const READY_PREFIX = 'NEO4J READY ';
export const STOPPED_LINE = 'NEO4J STOPPED';
export const DEFAULT_BOLT_PORT = 7687;
const DEFAULT_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const STDERR_TAIL_LINES = 25;
const AUTO_PORT_ATTEMPTS = 3;

/**
 * JVM flags, after the ones the Neo4j 5 distribution puts in neo4j.conf (server.jvm.additional),
 * minus -XX:+AlwaysPreTouch (it would touch the whole heap up front and slow start-up), and with
 * the parallel collector instead of G1. Why: this server runs on developers' and CI machines with
 * few cores, where G1's concurrent work competes with the writes. Seeding 1M relations on a fresh
 * server on 2 cores, alternated: 36.1–37.9 s and 60–63 server CPU s with ParallelGC, against
 * 40.0–40.4 s and 68–69 s with G1. The price is longer pauses, at their worst full collections of
 * 170–190 ms during that seeding (G1: 100–106 ms); serving allocates little, so they are rare.
 * A production server (docker-compose.yml) keeps Neo4j's own G1.
 */
export const JVM_ARGS: readonly string[] = [
  '-Xms512m',
  '-Xmx1g',
  '-XX:+UseParallelGC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export const MAIN_CLASS = 'cadre.LocalNeo4j';

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(): string {
  const javaHome = process.env['JAVA_HOME'];
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** A port on 127.0.0.1 that was free a moment ago (listen(0), read it, close). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close((err) =>
        err ? reject(err) : port > 0 ? resolve(port) : reject(new Error('no port assigned')),
      );
    });
  });
}

/** Resolves true if nothing listens on 127.0.0.1:port right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => {
      server.close(() => resolve(true));
    });
  });
}

export class LocalNeo4jStartError extends Error {
  constructor(
    message: string,
    readonly stderrTail: readonly string[],
    readonly portInUse = false,
  ) {
    super(
      stderrTail.length > 0 ? `${message}\n--- last server output ---\n${stderrTail.join('\n')}` : message,
    );
    this.name = 'LocalNeo4jStartError';
  }
}

function validatePort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`startLocalNeo4j: port must be an integer in 0..65535, got ${String(port)}`);
  }
}

/**
 * Starts a local Neo4j (Community 5.26, embedded in a small Java launcher) with Bolt on 127.0.0.1 and auth
 * disabled, and resolves once a driver can connect.
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const classpath = ensureBuilt();
  const requestedPort = options.port ?? 0;
  validatePort(requestedPort);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0))
    throw new RangeError(`startLocalNeo4j: timeoutMs must be > 0, got ${String(timeoutMs)}`);
  const log = options.log ?? (() => undefined);
  const archive = options.useCdsArchive === false ? undefined : usableCdsArchive();
  const jvmArgs = [
    ...JVM_ARGS,
    ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : []),
    ...(options.jvmArgs ?? []),
  ];

  const ownsHome = options.home === undefined;
  const home = ownsHome
    ? await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cadre-neo4j-'))
    : path.resolve(options.home as string);
  await fs.promises.mkdir(home, { recursive: true });

  try {
    if (requestedPort !== 0) {
      if (!(await isPortFree(requestedPort))) {
        throw new LocalNeo4jStartError(
          `cannot start Neo4j: 127.0.0.1:${requestedPort} is already in use (another Neo4j? pick another port)`,
          [],
          true,
        );
      }
      return await launch({ classpath, jvmArgs, port: requestedPort, home, ownsHome, log, timeoutMs });
    }
    // Auto port: another process may grab the port between findFreePort() and the JVM's bind; retry then.
    for (let attempt = 1; ; attempt++) {
      const port = await findFreePort();
      try {
        return await launch({ classpath, jvmArgs, port, home, ownsHome, log, timeoutMs });
      } catch (err) {
        if (err instanceof LocalNeo4jStartError && err.portInUse && attempt < AUTO_PORT_ATTEMPTS) {
          log(`[neo4j-local] port ${port} was taken before Neo4j could bind it; retrying with another port`);
          continue;
        }
        throw err;
      }
    }
  } catch (err) {
    if (ownsHome) await fs.promises.rm(home, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
}

interface LaunchParams {
  classpath: string;
  jvmArgs: readonly string[];
  port: number;
  home: string;
  ownsHome: boolean;
  log: (line: string) => void;
  timeoutMs: number;
}

function launch(p: LaunchParams): Promise<LocalNeo4j> {
  const java = javaExecutable();
  const args = [
    ...p.jvmArgs,
    '-cp',
    p.classpath,
    MAIN_CLASS,
    '--home',
    p.home,
    '--port',
    String(p.port),
    '--exit-on-stdin-eof',
  ];

  return new Promise<LocalNeo4j>((resolve, reject) => {
    const child: ChildProcess = spawn(java, args, {
      cwd: p.home,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env },
      windowsHide: true,
    });

    const stderrTail: string[] = [];
    const remember = (line: string): void => {
      stderrTail.push(line);
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    };

    let settled = false;
    let exitInfo: ExitInfo | undefined;
    let resolveExited: (info: ExitInfo) => void = () => undefined;
    const exited = new Promise<ExitInfo>((res) => {
      resolveExited = res;
    });

    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (exitInfo === undefined) child.kill('SIGKILL');
      reject(error);
    };

    const timer = setTimeout(() => {
      fail(
        new LocalNeo4jStartError(
          `Neo4j did not report readiness on 127.0.0.1:${p.port} within ${p.timeoutMs} ms (home: ${p.home}; see ${path.join(p.home, 'logs', 'debug.log')})`,
          [...stderrTail],
        ),
      );
    }, p.timeoutMs);

    child.once('error', (err: NodeJS.ErrnoException) => {
      const hint =
        err.code === 'ENOENT'
          ? `Java not found (${java}). Install a JDK/JRE 17+ (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`
          : `could not start ${java}: ${err.message}`;
      fail(new LocalNeo4jStartError(hint, [...stderrTail]));
      if (exitInfo === undefined) {
        exitInfo = { code: null, signal: null };
        resolveExited(exitInfo);
      }
    });

    // stdin stays open: the launcher shuts down when it reaches EOF, i.e. when this process dies.
    child.stdin?.on('error', () => undefined);

    const stdout = readline.createInterface({ input: child.stdout! });
    stdout.on('line', (line) => {
      p.log(line);
      if (!settled && line.startsWith(READY_PREFIX)) {
        settled = true;
        clearTimeout(timer);
        const boltUri = line.slice(READY_PREFIX.length).trim();
        resolve(makeHandle({ child, boltUri, port: p.port, home: p.home, ownsHome: p.ownsHome, exited }));
      }
    });
    const stderr = readline.createInterface({ input: child.stderr! });
    stderr.on('line', (line) => {
      remember(line);
      p.log(line);
    });

    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolveExited(exitInfo);
    });
    // 'close' comes after 'exit' once stdout/stderr are drained, so stderrTail is complete here.
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      if (!settled) {
        const text = stderrTail.join('\n');
        const portInUse = /Address already in use|PortBindException|BindException/i.test(text);
        const locked = /FileLockException|locked by another process/i.test(text);
        const reason = portInUse
          ? `127.0.0.1:${p.port} is already in use`
          : locked
            ? `the store in ${p.home} is locked by another Neo4j process`
            : code === 2
              ? 'bad launcher arguments'
              : 'see the output below';
        fail(
          new LocalNeo4jStartError(
            `Neo4j exited before it was ready (exit code ${String(code)}${signal ? `, signal ${signal}` : ''}): ${reason}`,
            [...stderrTail],
            portInUse,
          ),
        );
      }
    });
  });
}

interface HandleParams {
  child: ChildProcess;
  boltUri: string;
  port: number;
  home: string;
  ownsHome: boolean;
  exited: Promise<ExitInfo>;
}

function makeHandle(h: HandleParams): LocalNeo4j {
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const { child } = h;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        let killTimer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((res) => {
          killTimer = setTimeout(() => res('timeout'), STOP_TIMEOUT_MS);
        });
        const outcome = await Promise.race([h.exited, timedOut]);
        clearTimeout(killTimer);
        if (outcome === 'timeout') {
          child.kill('SIGKILL');
          await h.exited;
        }
      }
      child.stdin?.destroy();
      if (h.ownsHome) await fs.promises.rm(h.home, { recursive: true, force: true });
    })();
    return stopping;
  };
  return {
    boltUri: h.boltUri,
    port: h.port,
    home: h.home,
    pid: h.child.pid ?? -1,
    stop,
    exited: h.exited,
  };
}
