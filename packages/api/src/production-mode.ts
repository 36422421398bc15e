/**
 * Imported first by main.ts, before graphql is loaded: graphql-js decides at load time whether to
 * run its development checks (`instanceOf` across realms, about 10% of a request), and Express
 * reads NODE_ENV too. `npm start` therefore serves in production mode unless NODE_ENV says
 * otherwise; `npm run dev:api` sets NODE_ENV=development to keep the checks.
 */
process.env.NODE_ENV ??= 'production';

export {};
