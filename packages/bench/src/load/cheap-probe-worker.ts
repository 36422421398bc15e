import { parentPort, workerData } from 'node:worker_threads';
import { deadline, probeCheap } from './load-support';

/**
 * The cheap query's client, on a thread of its own: the flood's responses keep the main
 * thread's event loop busy, which would otherwise show as the cheap query's latency.
 */
const { baseUrl, seconds } = workerData as { baseUrl: string; seconds: number };
void probeCheap(baseUrl, deadline(seconds)).then((result) => parentPort!.postMessage(result));
