/**
 * Byte identity of outputs: extraction JSON and every graph file on the dev, seed and real sets equal the pinned
 * hashes (tests/golden/hashes.json). A refactor keeps them; a change meant to alter outputs rewrites them with
 * `npx tsx scripts/golden.ts` in its own commit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HASHES_FILE, snapshot, type Hashes } from './snapshot.ts';

describe('golden outputs', () => {
  it('extraction and graph files on dev, seeds and real are byte-identical to the pinned hashes', async () => {
    const pinned = JSON.parse(readFileSync(HASHES_FILE, 'utf8')) as Hashes;
    const now = await snapshot();
    expect(Object.keys(now).length).toBeGreaterThanOrEqual(2);
    for (const [set, files] of Object.entries(now)) {
      expect(Object.keys(files).length, set).toBeGreaterThan(0);
      expect(files, `outputs of ${set}`).toEqual(pinned[set]);
    }
  }, 300_000);
});
