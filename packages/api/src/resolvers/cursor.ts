import { isNodeSortKey } from '@cadre/store';
import { badInput } from '../errors';

/** Cursors are opaque to clients: base64url of the store's sort key. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isNodeSortKey(key)) throw badInput(`"after" is not a cursor from this API: "${cursor}"`, 'after');
  return key;
}
