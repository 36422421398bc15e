import { isStrictlyBefore } from '../law/date-math';
import { instrumentLifespan, stageReading } from '../law/instrument-status';
import type { StageRecord } from '../law/law-records';
import { preferReading } from '../law/prefer-reading';
import { END_STAGES, STAGE_ORDER } from '../law/stage-kinds';
import type { NodeRecord, RelationRecord, SeedGraph } from '../records';
import type { SeedIssue } from './seed-issue';

type At = Omit<SeedIssue, 'message'>;
export interface LocatedRecord<T> {
  record: T;
  at: At;
}

const TREATY_TYPES = ['CONVENTION', 'PROTOCOL'];

function checkStages(node: NodeRecord, at: At, nodes: Map<string, NodeRecord>, issues: SeedIssue[]): void {
  const stages = node.stages ?? [];
  const index = (s: StageRecord): number => stages.indexOf(s);
  stages.forEach((s, i) => {
    const here = { ...at, field: `stages.${i}` };
    if (!s.date && !END_STAGES.includes(s.stage)) {
      issues.push({
        ...here,
        field: `${here.field}.date`,
        message: `a ${s.stage} stage needs its date (only an end may be undated)`,
      });
    }
    if (s.byId) {
      const by = nodes.get(s.byId);
      if (s.stage !== 'AMENDED' && s.stage !== 'REPEALED') {
        issues.push({
          ...here,
          field: `${here.field}.by`,
          message: `only AMENDED and REPEALED name the instrument that did it`,
        });
      } else if (!by)
        issues.push({ ...here, field: `${here.field}.by`, message: `unknown node "${s.byId}"` });
      else if (by.kind !== 'INSTRUMENT' || by.id === node.id) {
        issues.push({ ...here, field: `${here.field}.by`, message: `"${s.byId}" is not another instrument` });
      }
    }
    if (s.stage === 'AMENDED' && !s.byId) {
      issues.push({
        ...here,
        field: `${here.field}.by`,
        message: 'an amendment names the amending instrument (by)',
      });
    }
    if ((s.stage === 'REPEALED' || s.stage === 'LAPSED') && !s.byId && !s.reason) {
      issues.push({
        ...here,
        field: `${here.field}.reason`,
        message: `a ${s.stage} stage says by which instrument (by) or why (reason)`,
      });
    }
    if (s.inferred && !s.note) {
      issues.push({
        ...here,
        field: `${here.field}.note`,
        message: 'an inferred stage needs a note saying what it rests on',
      });
    }
  });
  for (const [earlier, later] of STAGE_ORDER) {
    const a = stageReading(stages, earlier).used;
    const b = stageReading(stages, later).used;
    if (a && b && isStrictlyBefore(b.date, a.date)) {
      issues.push({
        ...at,
        field: `stages.${index(b)}.date`,
        message: `${later} (${b.date}) is before ${earlier} (${a.date})`,
      });
    }
  }
  if (node.entryIntoForceRule?.notBeforeTreatyInForce && !stageReading(stages, 'ENTERED_INTO_FORCE').used) {
    issues.push({
      ...at,
      field: 'entryIntoForceRule',
      message: "the rule needs the treaty's own ENTERED_INTO_FORCE stage",
    });
  }
}

function checkParticipation(
  r: RelationRecord,
  at: At,
  treaty: NodeRecord | undefined,
  issues: SeedIssue[],
): void {
  const p = r.participation;
  if (!p) return;
  const field = (list: string, i: number): string => `participation.${list}.${i}.date`;
  if (p.signature.length + p.consent.length + p.entryIntoForce.length + p.partyBy.length === 0) {
    issues.push({ ...at, field: 'participation', message: 'a participation needs at least one dated claim' });
  }
  const deposit = preferReading(p.consent.filter((c) => c.act === 'DEPOSIT')).used;
  const stages = treaty?.stages ?? [];
  const adopted = instrumentLifespan(stages).first;
  const own = stageReading(stages, 'ENTERED_INTO_FORCE').used;
  p.entryIntoForce.forEach((e, i) => {
    if (e.computed) return;
    if (deposit && isStrictlyBefore(e.date, deposit.date)) {
      issues.push({
        ...at,
        field: field('entryIntoForce', i),
        message: `entry into force for the state (${e.date}) is before its deposit (${deposit.date})`,
      });
    }
    if (own && isStrictlyBefore(e.date, own.date)) {
      issues.push({
        ...at,
        field: field('entryIntoForce', i),
        message: `entry into force for the state (${e.date}) is before the treaty's own entry into force (${own.date})`,
      });
    }
  });
  p.consent.forEach((c, i) => {
    if (adopted && isStrictlyBefore(c.date, adopted.date)) {
      issues.push({
        ...at,
        field: field('consent', i),
        message: `${c.kind.toLowerCase()} (${c.date}) is before the treaty exists (${adopted.stage} ${adopted.date})`,
      });
    }
  });
  p.signature.forEach((s, i) => {
    if (adopted && isStrictlyBefore(s.date, adopted.date)) {
      issues.push({
        ...at,
        field: field('signature', i),
        message: `signature (${s.date}) is before the treaty exists (${adopted.stage} ${adopted.date})`,
      });
    }
    if (deposit && isStrictlyBefore(deposit.date, s.date)) {
      issues.push({
        ...at,
        field: field('signature', i),
        message: `signature (${s.date}) is after the deposit (${deposit.date})`,
      });
    }
  });
}

/**
 * The checks of "law as law", on the records the validator built (`seeded`, located in their
 * files) and on the same records completed by the loader (`completed`: names, times, computed
 * entries into force). Messages name the file, entry and field like every other seed error.
 */
export function validateLaw(
  seeded: { nodes: LocatedRecord<NodeRecord>[]; relations: LocatedRecord<RelationRecord>[] },
  completed: SeedGraph,
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const nodes = new Map(seeded.nodes.map((n) => [n.record.id, n.record]));
  const done = new Map(completed.nodes.map((n) => [n.id, n]));
  const partOf = new Map<string, RelationRecord[]>();
  const adoptedBy = new Map<string, LocatedRecord<RelationRecord>[]>();
  for (const l of seeded.relations) {
    const r = l.record;
    if (r.kind === 'PART_OF') partOf.set(r.from, [...(partOf.get(r.from) ?? []), r]);
    if (r.kind === 'ADOPTED') adoptedBy.set(r.to, [...(adoptedBy.get(r.to) ?? []), l]);
  }

  for (const { record: n, at } of seeded.nodes) {
    if (n.kind === 'PROVISION') {
      const parents = (partOf.get(n.id) ?? []).filter((r) => nodes.get(r.to)?.kind === 'INSTRUMENT');
      if (parents.length !== 1) {
        issues.push({
          ...at,
          message:
            parents.length === 0
              ? 'a provision must be PART_OF its instrument (no such relation found)'
              : 'a provision is PART_OF one instrument only',
        });
      } else if (TREATY_TYPES.includes(nodes.get(parents[0]!.to)!.type) && !n.obligation) {
        issues.push({
          ...at,
          field: 'obligation',
          message: "a treaty's article needs its obligation type (MANDATORY, OPTIONAL or GENERAL)",
        });
      }
      continue;
    }
    if (!n.grammar) {
      issues.push({
        ...at,
        field: 'grammar',
        message:
          'needed to build sentences: { en: { article }, fr: { gender, article } } (graph-seeds/README.md)',
      });
    }
    if (!n.name.fr && !n.shortName?.fr) {
      issues.push({
        ...at,
        field: 'name.fr',
        message: 'a French name (or shortName.fr) is needed for French sentences',
      });
    }
    if (n.kind !== 'PLACE' && n.grammar && n.grammar.fr.locative !== 'a') {
      issues.push({ ...at, field: 'grammar.fr.locative', message: 'only places take a locative' });
    }
    if (n.kind === 'INSTRUMENT') checkStages(n, at, nodes, issues);
  }

  for (const l of seeded.relations) {
    const { record: r, at } = l;
    if (r.kind === 'PARTY_TO' && !r.participation) {
      issues.push({
        ...at,
        field: 'participation',
        message:
          "a PARTY_TO relation carries the state's participation (signature, consent, entry into force)",
      });
    }
    if (r.participation && r.kind !== 'PARTY_TO') {
      issues.push({
        ...at,
        field: 'participation',
        message: 'only a PARTY_TO relation carries a participation',
      });
    }
    if (r.kind === 'PARTY_TO' && r.validFrom) {
      issues.push({
        ...at,
        field: 'validFrom',
        message: 'a PARTY_TO relation takes its time from its participation (entry into force for the state)',
      });
    }
    checkParticipation(r, at, nodes.get(r.to), issues);
    for (const end of [r.from, r.to]) {
      const start = done.get(end)?.validFrom;
      if (r.validFrom && start && isStrictlyBefore(r.validFrom, start)) {
        issues.push({
          ...at,
          field: 'validFrom',
          message: `${r.validFrom} is before "${end}" exists (from ${start})`,
        });
      }
    }
  }

  for (const [id, adoptions] of adoptedBy) {
    const instrument = nodes.get(id);
    if (!instrument || instrument.kind !== 'INSTRUMENT') continue;
    const stages = (instrument.stages ?? []).filter((s) => s.stage === 'ADOPTED' && s.date);
    for (const [i, { record: r, at }] of adoptions.entries()) {
      if (i > 0) {
        issues.push({
          ...at,
          message: `"${id}" is adopted a second time (first by "${adoptions[0]!.record.from}"): keep the one adoption the sources give (the date a law bears is its promulgation)`,
        });
      }
      if (stages.length === 0) {
        issues.push({ ...at, message: `"${id}" has no ADOPTED stage for this adoption to match` });
      } else if (
        r.validFrom &&
        !stages.some(
          (s) => !isStrictlyBefore(s.date!, r.validFrom!) && !isStrictlyBefore(r.validFrom!, s.date!),
        )
      ) {
        issues.push({
          ...at,
          field: 'validFrom',
          message: `${r.validFrom} matches no ADOPTED stage of "${id}" (${stages.map((s) => s.date).join(', ')})`,
        });
      }
    }
  }
  return issues;
}
