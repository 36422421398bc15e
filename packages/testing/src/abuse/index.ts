export { ABUSE_CASES, CHEAP_QUERY, type AbuseCase } from './abuse-cases';
export {
  readAbuseServer,
  startAbuseServer,
  isAlive,
  rssMb,
  freePort,
  type AbuseServerState,
} from './abuse-server';
export { leaksIn, requestIdProblems } from './response-leaks';
export { sendRequest, graphqlPost, type RawRequest, type RawResponse } from './send-request';
export { fuzzRequests, type FuzzOptions } from './fuzz-requests';
