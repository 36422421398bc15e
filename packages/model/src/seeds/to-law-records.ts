import type { ParticipationRecord, StageRecord } from '../law/law-records';
import type { CitationRecord, NodeRecord, RelationRecord } from '../records';
import type { RelationKind } from '../vocabulary';
import type { StageEntry } from './law-schema';
import type { CitationEntry, NodeEntry, RelationEntry } from './seed-schema';

type ToCitation = (c: CitationEntry) => CitationRecord;

/** Records never carry `undefined` fields, so they compare equal whichever store returns them. */
function clean<T>(value: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toStage(s: StageEntry, toCitation: ToCitation): StageRecord {
  return clean<StageRecord>({
    stage: s.stage,
    date: s.date,
    byId: s.by,
    reason: s.reason,
    note: s.note,
    inferred: s.inferred ?? false,
    citations: s.citations.map(toCitation),
  });
}

function toParticipation(
  p: NonNullable<RelationEntry['participation']>,
  toCitation: ToCitation,
): ParticipationRecord {
  const claim = <T extends { citations: CitationEntry[] }>(c: T) =>
    clean<Omit<T, 'citations'> & { citations: CitationRecord[] }>({
      ...c,
      citations: c.citations.map(toCitation),
    });
  return {
    signature: (p.signature ?? []).map(claim),
    consent: (p.consent ?? []).map(claim),
    entryIntoForce: (p.entryIntoForce ?? []).map((e) => ({ ...claim(e), computed: false })),
    partyBy: (p.partyBy ?? []).map(claim),
  };
}

/** A node entry as the record stores hold; derived parts are added by `completeLawRecords`. */
export function toNodeRecord(entry: NodeEntry, toCitation: ToCitation): NodeRecord {
  if (entry.kind === 'PROVISION') {
    const { citations, aliases, ...rest } = entry;
    return clean<NodeRecord>({
      ...rest,
      // Placeholder names until `completeLawRecords` builds them from the instrument.
      name: { en: `Article ${entry.number}`, fr: `Article ${entry.number}` },
      aliases: (aliases ?? []).map((a) => clean({ name: a.name, sourceId: a.source })),
      citations: citations.map(toCitation),
    });
  }
  const { citations, aliases, name, shortName, ...rest } = entry;
  const lifecycle =
    entry.kind === 'INSTRUMENT'
      ? {
          stages: entry.stages?.map((s) => toStage(s, toCitation)),
          entryIntoForceRule: entry.entryIntoForceRule
            ? { ...entry.entryIntoForceRule, citations: entry.entryIntoForceRule.citations.map(toCitation) }
            : undefined,
        }
      : {};
  return clean<NodeRecord>({
    ...rest,
    ...lifecycle,
    name: clean({ ...name }),
    shortName: shortName ? clean({ ...shortName }) : undefined,
    aliases: (aliases ?? []).map((a) => clean({ name: a.name, sourceId: a.source })),
    citations: citations.map(toCitation),
  });
}

export function toRelationRecord(entry: RelationEntry, id: string, toCitation: ToCitation): RelationRecord {
  return clean<RelationRecord>({
    id,
    kind: entry.kind as RelationKind,
    from: entry.from,
    to: entry.to,
    validFrom: entry.validFrom,
    validTo: entry.validTo,
    inferred: entry.inferred ?? false,
    note: entry.note,
    participation: entry.participation ? toParticipation(entry.participation, toCitation) : undefined,
    citations: entry.citations.map(toCitation),
  });
}
