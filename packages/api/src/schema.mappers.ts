import type { NodeKind, NodeRecord, RelationKind } from '@cadre/model';
import type { NodePage } from '@cadre/store';

/**
 * What resolvers pass around for the GraphQL types that are not store records (see codegen.ts
 * `mappers`): the generated resolver types use these, so the two cannot drift apart.
 */
export interface NodeEdgeRecord {
  cursor: string;
  node: NodeRecord;
}

export interface NodeConnectionRecord {
  page: NodePage;
  /** The cursor the page was asked after, if any. */
  after?: string;
}

export type VocabularyRecord = Record<string, never>;

export interface NodeKindInfoRecord {
  kind: NodeKind;
}

export interface NodeTypeInfoRecord {
  kind: NodeKind;
  type: string;
}

export interface RelationKindInfoRecord {
  kind: RelationKind;
}
