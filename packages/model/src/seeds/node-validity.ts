import type { NodeEntry } from './seed-schema';
import type { PartialDate } from '../partial-date';

/**
 * When a node starts and stops standing, derived from its own dates (graph-seeds/README.md).
 * An event has no end: once it has begun it is part of the framework's history.
 */
export function nodeValidity(entry: NodeEntry): { validFrom?: PartialDate; validTo?: PartialDate } {
  switch (entry.kind) {
    case 'INSTRUMENT':
      return {
        validFrom: entry.adoptedOn ?? entry.signedOn ?? entry.inForceOn ?? entry.launchedOn,
        validTo: entry.endedOn,
      };
    case 'INSTITUTION':
      return { validFrom: entry.establishedOn, validTo: entry.dissolvedOn };
    case 'PROGRAMME':
      return { validFrom: entry.startDate, validTo: entry.endDate };
    case 'EVENT':
      return { validFrom: entry.startDate };
    default:
      return {};
  }
}
