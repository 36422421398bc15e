import { countGraph } from '../graph-counts';
import { checkSeeds, defaultSeedsDir } from '../seeds/load-seeds';
import { formatSeedIssue } from '../seeds/seed-issue';

/** `npm run seeds:check [dir]`: validates graph-seeds/ and prints every problem, or the counts. */
const dir = process.argv[2] ?? defaultSeedsDir();
const { graph, issues } = checkSeeds(dir);
if (issues.length > 0) {
  console.error(`✗ ${dir}: ${issues.length} error${issues.length === 1 ? '' : 's'}; nothing would be loaded`);
  for (const issue of issues) console.error(`  ${formatSeedIssue(issue)}`);
  process.exit(1);
}
const counts = countGraph(graph);
console.log(
  `✓ ${dir}: ${counts.sources} sources, ${counts.nodes} nodes, ${counts.relations} relations, ${counts.citations} citations`,
);
