import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { RawRequest } from './send-request';

export interface FuzzOptions {
  schema: GraphQLSchema;
  /** Ids that exist, so that a good share of requests reach the resolvers. */
  ids: string[];
  seed: number;
  count: number;
}

/** mulberry32: the same seed gives the same requests, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIRD_STRINGS = [
  '',
  ' ',
  'mali',
  'Comité',
  '"',
  '\\',
  '\u0000',
  '💥',
  'a'.repeat(300),
  '${x}',
  '<script>',
  '%s%n',
  '../../etc/passwd',
];
const NUMBERS = [
  0,
  1,
  -1,
  2,
  3,
  4,
  6,
  7,
  20,
  100,
  200,
  201,
  501,
  2000,
  2001,
  2 ** 31,
  -(2 ** 31) - 1,
  1.5,
  Number.MAX_SAFE_INTEGER,
];
const DATES = [
  '2012',
  '2012-07',
  '2012-07-12',
  '1979',
  '2030-12-31',
  '2012-13',
  '2012-02-30',
  '12/07/2012',
  '',
  'x',
];

/**
 * Requests made from the schema, for the fuzz test: most are operations that the schema could
 * accept (random fields, arguments, aliases, fragments, variables), with arguments and variables
 * often wrong, over the caps or of the wrong type; some have their text cut or spliced; some are
 * malformed HTTP (bodies, content types, methods). Whatever they are, the server must answer
 * each below 500 and leak nothing.
 */
export function* fuzzRequests({ schema, ids, seed, count }: FuzzOptions): Generator<RawRequest> {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const int = (max: number): number => Math.floor(rnd() * max);

  /** A value for an input type, right most of the time. */
  function valueFor(type: GraphQLInputType, depth = 0): unknown {
    if (chance(0.05)) return null;
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      if (chance(0.1)) return valueFor(inner.ofType as GraphQLInputType, depth + 1);
      return Array.from({ length: int(4) }, () => valueFor(inner.ofType as GraphQLInputType, depth + 1));
    }
    if (isEnumType(inner)) return chance(0.9) ? pick(inner.getValues()).name : pick(['NOPE', 'en', 7]);
    if (isInputObjectType(inner)) return {};
    const name = (inner as GraphQLNamedType).name;
    if (chance(0.05)) return pick([true, 3, 'x', [], {}]);
    switch (name) {
      case 'ID':
        return chance(0.8) ? pick(ids) : pick(WEIRD_STRINGS);
      case 'Int':
        return pick(NUMBERS);
      case 'Float':
        return rnd() * 100;
      case 'Boolean':
        return chance(0.5);
      case 'PartialDate':
        return pick(DATES);
      default:
        return chance(0.7)
          ? pick(['mali', 'law', 'trafficking', 'unodc', '2012-023', 'comité'])
          : pick(WEIRD_STRINGS);
    }
  }

  /** A value written as a GraphQL literal (the JSON of strings and numbers is GraphQL too). */
  function literal(value: unknown, type: GraphQLInputType): string {
    if (value === null) return 'null';
    if (Array.isArray(value))
      return `[${value.map((v) => literal(v, (getNullableType(type) as { ofType?: GraphQLInputType }).ofType ?? type)).join(', ')}]`;
    if (typeof value === 'object') return '{}';
    if (isEnumType(getNamedType(type)) && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value))
      return value;
    return JSON.stringify(value);
  }

  const typeName = (type: GraphQLInputType): string => String(type);

  function selection(
    type: GraphQLNamedType,
    depth: number,
    vars: { defs: string[]; values: Record<string, unknown> },
  ): string {
    if (isUnionType(type) || (!isObjectType(type) && !isInterfaceType(type))) return '';
    const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    const parts: string[] = [];
    for (let i = 0, n = 1 + int(4); i < n; i++) {
      const field = pick(fields);
      const named = getNamedType(field.type);
      const leaf = isScalarType(named) || isEnumType(named);
      if (!leaf && depth >= 4) continue;
      const args = field.args
        .filter((a: GraphQLArgument) => isNonNullType(a.type) || chance(0.4))
        .filter(() => !chance(0.03))
        .map((a: GraphQLArgument) => {
          const value = valueFor(a.type);
          if (chance(0.3)) {
            const name = `v${vars.defs.length}`;
            vars.defs.push(
              `$${name}: ${chance(0.9) ? typeName(a.type) : pick(['Int', 'String!', 'ID', '[ID!]!', 'Nope'])}`,
            );
            if (!chance(0.05)) vars.values[name] = value;
            return `${a.name}: $${name}`;
          }
          return `${a.name}: ${literal(value, a.type)}`;
        });
      const alias = chance(0.15) ? `a${int(40)}: ` : '';
      const call = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
      const directive = chance(0.05)
        ? ` @${pick(['skip', 'include'])}(if: ${pick(['true', 'false', '1'])})`
        : '';
      if (leaf) parts.push(call + directive);
      else {
        const inner = selection(named, depth + 1, vars) || '__typename';
        const spread =
          isInterfaceType(named) && chance(0.3)
            ? ` ... on ${pick(schema.getPossibleTypes(named)).name} { id }`
            : '';
        parts.push(`${call}${directive} { ${inner}${spread} }`);
      }
    }
    if (chance(0.1)) parts.push('__typename');
    return parts.join(' ');
  }

  function operation(): { query: string; variables: Record<string, unknown>; operationName?: string } {
    const vars = { defs: [] as string[], values: {} as Record<string, unknown> };
    const body = chance(0.05)
      ? pick([
          '__schema { types { name fields { name } } }',
          '__type(name: "Node") { name possibleTypes { name } }',
        ])
      : selection(schema.getQueryType()!, 0, vars) || 'stats { nodes }';
    const name = chance(0.3) ? `Q${int(5)}` : '';
    const head =
      vars.defs.length || name ? `query ${name}${vars.defs.length ? `(${vars.defs.join(', ')})` : ''} ` : '';
    let query = `${head}{ ${body} }`;
    if (chance(0.05)) query = `${query} fragment F on Query { stats { nodes } }`;
    if (chance(0.12)) {
      // Cut or splice the text: most of these are syntax errors, some still parse.
      const at = int(query.length);
      query = chance(0.5)
        ? query.slice(0, at) + query.slice(at + 1 + int(10))
        : query.slice(0, at) +
          pick(['{', '}', '(', ')', '"', '$', '...', '@skip', ':', '!', '[', '#', '\\u']) +
          query.slice(at);
    }
    const operationName = chance(0.1) ? pick([name || 'Q1', 'Nope', '']) : undefined;
    return { query, variables: vars.values, ...(operationName !== undefined ? { operationName } : {}) };
  }

  const accept = (): Record<string, string> =>
    chance(0.1)
      ? {}
      : {
          accept: pick([
            'application/graphql-response+json',
            'application/graphql-response+json',
            'application/json',
            'application/json',
            '*/*',
            'text/html',
            'application/xml',
          ]),
        };

  function malformed(): RawRequest {
    const op = operation();
    switch (int(9)) {
      case 0:
        return {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(op).slice(0, int(40)),
        };
      case 1:
        return {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: Buffer.from(Array.from({ length: int(64) }, () => int(256))),
        };
      case 2:
        return {
          method: 'POST',
          headers: {
            'content-type': pick([
              'text/plain',
              'application/graphql',
              'multipart/form-data',
              'application/json; charset=utf-16',
            ]),
          },
          body: JSON.stringify(op),
        };
      case 3:
        return {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ...op,
            [pick(['query', 'variables', 'operationName', 'extensions'])]: pick([1, [], {}, true, null, 'x']),
          }),
        };
      case 4:
        return {
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent(op.query)}&variables=${encodeURIComponent(JSON.stringify(op.variables))}`,
          headers: { ...accept(), ...(chance(0.7) ? { 'apollo-require-preflight': 'true' } : {}) },
        };
      case 5:
        return {
          method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(op),
        };
      case 6:
        return {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ...op,
            extensions: { persistedQuery: { version: 1, sha256Hash: pick(['abc', '0'.repeat(64)]) } },
          }),
        };
      case 7:
        return {
          method: 'GET',
          path: pick([
            '/',
            '/graphiql',
            '/health',
            '/nope',
            '/graphql/',
            '/%',
            '/..%2f..%2fetc%2fpasswd',
            `/${'a'.repeat(2000)}`,
          ]),
        };
      default:
        return {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-request-id': pick([
              'abc',
              'x'.repeat(100),
              'good-id-123456',
              '\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9',
            ]),
          },
          body: JSON.stringify(op),
        };
    }
  }

  for (let i = 0; i < count; i++) {
    if (chance(0.2)) {
      yield { path: '/graphql', ...malformed() };
      continue;
    }
    yield {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...accept() },
      body: JSON.stringify(operation()),
    };
  }
}
