/**
 * First half of `npm run build`: removes the previous library build from dist/ (everything but dist/web, which
 * belongs to `npm run build:web`), so that no module of an old layout survives; tsc then writes the new one.
 * Plain JavaScript: it runs before anything is compiled.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '..', 'dist');
if (existsSync(dist)) {
  for (const entry of readdirSync(dist)) if (entry !== 'web') rmSync(join(dist, entry), { recursive: true, force: true });
}
