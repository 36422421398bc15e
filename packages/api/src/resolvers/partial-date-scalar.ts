import { GraphQLScalarType, Kind } from 'graphql';
import { partialDateProblem } from '@cadre/model';
import { badInput } from '../errors';

/** Re-checks a date that reached a resolver (defensive: the scalar has already parsed it). */
export function requirePartialDate(value: string, argumentName: string): string {
  const problem = partialDateProblem(value);
  if (problem) throw badInput(`"${argumentName}": ${problem}`, argumentName);
  return value;
}

function parse(value: unknown): string {
  if (typeof value !== 'string')
    throw badInput(`PartialDate must be a string such as "2012", "2012-07" or "2012-07-12"`);
  const problem = partialDateProblem(value);
  if (problem) throw badInput(`Invalid PartialDate: ${problem}`);
  return value;
}

export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'ISO partial date: "YYYY", "YYYY-MM" or "YYYY-MM-DD".',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('PartialDate must be a string such as "2012-07-12"');
    return parse(ast.value);
  },
});
