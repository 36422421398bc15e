import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../../..');

/**
 * There is no Docker engine on CI, but Debian's docker-compose validates and resolves a file
 * without one (`docker-compose config`). We check it accepts ours, rejects a broken one, and
 * that the resolved file says what the README promises.
 */
function composeConfig(dir: string): string {
  return execFileSync('docker-compose', ['-f', join(dir, 'docker-compose.yml'), 'config'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('docker-compose.yml', () => {
  it('is valid and wires Neo4j, seeding and the API together', () => {
    const config = parse(composeConfig(ROOT));
    const { neo4j, api } = config.services;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.volumes[0]).toMatch(/^neo4j-data:\/data/);
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell/);
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.environment.NEO4J_URI).toBe('neo4j://neo4j:7687');
    expect(api.command.join(' ')).toMatch(/cli\/seed\.js && exec node packages\/api\/dist\/main\.js/);
    expect(api.ports[0]).toMatchObject({ published: 4000, target: 4000 });
    expect(Object.keys(config.volumes)).toEqual(['neo4j-data']);
  });

  it('is rejected when broken, so the check above means something', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-compose-'));
    try {
      copyFileSync(join(ROOT, 'Dockerfile'), join(dir, 'Dockerfile'));
      writeFileSync(
        join(dir, 'docker-compose.yml'),
        readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8').replace(
          'condition: service_healthy',
          'condition: service_happy',
        ),
      );
      expect(() => composeConfig(dir)).toThrow(/service_happy|condition/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
