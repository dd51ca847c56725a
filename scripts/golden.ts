/**
 * Rewrites tests/golden/hashes.json from the current outputs (see tests/golden/snapshot.ts).
 * Run it only when a change is meant to alter extraction or graph outputs, and say so in the commit.
 * The outputs come from the compiled CLI, so the library is rebuilt first when src/ changed.
 */
import { writeFileSync } from 'node:fs';
import { HASHES_FILE, snapshot } from '../tests/golden/snapshot.ts';
import buildIfStale from '../tests/setup/build.ts';

buildIfStale();
const hashes = await snapshot();
writeFileSync(HASHES_FILE, `${JSON.stringify(hashes, null, 2)}\n`);
const files = Object.values(hashes).reduce((n, set) => n + Object.keys(set).length, 0);
console.log(`${HASHES_FILE}: ${files} output files hashed over ${Object.keys(hashes).length} set outputs`);
