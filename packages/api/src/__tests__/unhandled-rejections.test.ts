import { GraphQLError, locatedError, parse } from 'graphql';
import { budgetExceeded } from '../errors';
import { onUnhandledRejection } from '../observability/unhandled-rejections';
import { serverLogLines as logged } from './server-log-lines';

const field = parse('{ stats { nodes } }').definitions[0]!;

describe('an unhandled rejection', () => {
  it('is dropped when it is a client-facing field error the executor abandoned', async () => {
    const budget = budgetExceeded('STORE_BUDGET_EXCEEDED', 'over the budget', 1000);
    expect(await logged(() => onUnhandledRejection(locatedError(budget, [field], ['listNodes', 0])))).toEqual(
      [],
    );
  });

  it('is logged with its stack when an internal error is behind it, on a field or not', async () => {
    const internal = new TypeError("Cannot read properties of undefined (reading 'id')");
    const lines = await logged(() => {
      onUnhandledRejection(locatedError(internal, [field], ['stats']));
      onUnhandledRejection(new Error('a store socket closed'));
      onUnhandledRejection(new GraphQLError('no path'));
    });
    expect(lines.map((l) => [l.level, l.error])).toEqual([
      ['error', "Cannot read properties of undefined (reading 'id')"],
      ['error', 'a store socket closed'],
      ['error', 'no path'],
    ]);
    expect(lines[0]!.stack).toMatch(/TypeError/);
  });
});
