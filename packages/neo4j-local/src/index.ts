export {
  startLocalNeo4j,
  findFreePort,
  isPortFree,
  javaExecutable,
  LocalNeo4jStartError,
  DEFAULT_BOLT_PORT,
  JVM_ARGS,
  MAIN_CLASS,
  READY_PREFIX,
  STOPPED_LINE,
} from './start-local-neo4j';
export type { StartLocalNeo4jOptions, LocalNeo4j, ExitInfo } from './start-local-neo4j';
export {
  ensureBuilt,
  builtNeo4jVersion,
  launcherClasspath,
  usableCdsArchive,
  cdsArchive,
  Neo4jNotBuiltError,
  BUILD_HINT,
  packageRoot,
  repoRoot,
} from './ensure-built';
export { boltHandshake } from './bolt-handshake';
