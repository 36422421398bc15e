import { StoreUnavailableError } from '@cadre/store';
import { Neo4jAvailability } from '../neo4j-availability';

/** Waits until `done()` holds, checking on every turn of the event loop (no timing asserted). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('Neo4jAvailability', () => {
  it('fails at once while known down, probes, and opens again when a probe answers', async () => {
    const log: string[] = [];
    let reachable = false;
    let probes = 0;
    const availability = new Neo4jAvailability({
      ping: async () => {
        probes++;
        if (!reachable) throw new Error('ECONNREFUSED');
      },
      probeIntervalMs: 5,
      log: (m) => log.push(m),
    });
    expect(() => availability.assertUp()).not.toThrow();

    availability.markDown('connect ECONNREFUSED');
    availability.markDown('reported twice');
    expect(availability.isDown).toBe(true);
    expect(() => availability.assertUp()).toThrow(StoreUnavailableError);
    await until(() => probes >= 2);
    expect(availability.isDown).toBe(true);

    reachable = true;
    await until(() => !availability.isDown);
    expect(() => availability.assertUp()).not.toThrow();
    expect(log).toEqual([
      expect.stringMatching(/^Neo4j is unreachable \(connect ECONNREFUSED\); failing fast/),
      expect.stringMatching(/^Neo4j answers again after \d+\.\d s/),
    ]);
    availability.close();
  });

  it('stops probing when closed', async () => {
    let probes = 0;
    const availability = new Neo4jAvailability({
      ping: async () => {
        probes++;
        throw new Error('down');
      },
      probeIntervalMs: 5,
    });
    availability.markDown('down');
    await until(() => probes >= 1);
    availability.close();
    const seen = probes;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(probes).toBeLessThanOrEqual(seen + 1);
  });
});
