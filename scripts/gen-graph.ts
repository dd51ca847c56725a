/**
 * Writes a generated graph.json (see src/web/dev/generate.ts) for development and benchmarks.
 * Usage: `npx tsx scripts/gen-graph.ts <nodes> <out.json> [edgesPerNode]`.
 */
import { generateGraph } from '../src/web/dev/generate.ts';
import { writeFileAtomic } from '../src/util/atomic.ts';

const nodes = Number(process.argv[2] ?? 1000);
const out = process.argv[3] ?? 'graph/generated.json';
const edgesPerNode = Number(process.argv[4] ?? 5);
const graph = generateGraph({ nodes, edgesPerNode });
writeFileAtomic(out, JSON.stringify(graph.export()));
console.log(`${out}: ${graph.order} nodes, ${graph.size} edges`);
