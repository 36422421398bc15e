import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { EXAMPLE_QUERIES } from './example-queries';

// The API's own SDL: the examples GraphiQL opens with must stay valid as the schema changes.
const SCHEMA_DIR = join(__dirname, '../../../api/src/schema');
const schema = buildSchema(
  readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'))
    .join('\n'),
);

describe('GraphiQL example queries', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e.query]))(
    '%s is a valid, named, commented operation',
    (_title, query) => {
      const document = parse(query);
      expect(validate(schema, document)).toEqual([]);
      expect(document.definitions).toHaveLength(1);
      expect(document.definitions[0]).toMatchObject({
        kind: 'OperationDefinition',
        operation: 'query',
        name: { value: expect.any(String) },
      });
      expect(query.startsWith('# ')).toBe(true);
    },
  );

  it('asks the questions the issue names, by their ids', () => {
    const all = EXAMPLE_QUERIES.map((e) => e.query).join('\n');
    for (const id of [
      'ml-decree-2011-036',
      'ml-law-2012-023',
      'un-tip-protocol',
      'ml-2018-05-police-training-bamako',
    ])
      expect(all).toContain(`"${id}"`);
    expect(all).toContain('asOf: "2011');
    expect(all).toContain('name(lang: FR)');
  });
});
