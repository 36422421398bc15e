import { readFileSync } from 'node:fs';
import type { Neo4jStore } from '@cadre/store-neo4j';

/** CPU seconds a process has used so far (user + system, from /proc; Linux only). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The process's peak resident set (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

/** The JVM's heap now, in MB, from its memory MXBean. */
export async function heapMb(store: Neo4jStore): Promise<{ used: number; committed: number; max: number }> {
  const [row] = await store.executor.read((run) =>
    run({
      text: "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
      params: {},
    }),
  );
  const heap = row!.get('heap') as Record<'used' | 'committed' | 'max', number>;
  const mb = (v: number): number => Math.round(Number(v) / 2 ** 20);
  return { used: mb(heap.used), committed: mb(heap.committed), max: mb(heap.max) };
}

/** Samples the heap every `everyMs` until stopped; the highest use seen is the figure to report. */
export function sampleHeap(
  store: Neo4jStore,
  everyMs = 500,
): { stop: () => Promise<{ peakUsedMb: number; maxMb: number }> } {
  let peakUsedMb = 0;
  let maxMb = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const heap = await heapMb(store).catch(() => undefined);
      if (heap) {
        peakUsedMb = Math.max(peakUsedMb, heap.used);
        maxMb = heap.max;
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { peakUsedMb, maxMb };
    },
  };
}
