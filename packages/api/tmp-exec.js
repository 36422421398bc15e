const { EmbeddedStore } = require('@cadre/store');
const { createSchema } = require('./dist/create-apollo-server');
const { createContext } = require('./dist/context');
const { pickQuestions } = require('@cadre/bench/dist/api/pick-questions');
const { CADRE_QUESTIONS } = require('@cadre/bench/dist/api/cadre-questions');
const { compileQuery } = require('graphql-jit');
const { parse } = require('graphql');
(async () => {
  const ids = await pickQuestions();
  const store = EmbeddedStore.fromSeeds();
  const schema = createSchema();
  const which = process.argv[2] || 'depth2';
  const [q, v] = which === 'node' ? [CADRE_QUESTIONS.node, { id: ids.n1 }] : [CADRE_QUESTIONS.hood(2), { id: ids.n2 }];
  const c = compileQuery(schema, parse(q));
  const N = Number(process.argv[3] || 4000);
  for (let round = 0; round < 4; round++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await c.query(undefined, createContext(store), v);
    console.log(which, 'execute', (Number(process.hrtime.bigint() - t) / N / 1000).toFixed(1), 'µs');
  }
  const r = await c.query(undefined, createContext(store), v);
  console.log('relations', r.data.neighborhood?.relations.length, 'nodes', r.data.neighborhood?.nodes.length);
})();
