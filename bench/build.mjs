// Bundles each contender's page script with esbuild into bench/.out/ (one bundle per contender).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, '.out');

/** Builds the named contenders; resolves to { [name]: null | 'error text' }. */
export async function buildAll(names) {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const results = {};
  await Promise.all(
    names.map(async (name) => {
      try {
        await build({
          entryPoints: { [name]: join(here, 'page', `${name}.js`) },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          // BENCH_NO_MINIFY=1 keeps function names, for profiling.
          minify: !process.env.BENCH_NO_MINIFY,
          outdir: OUT,
          logLevel: 'silent',
          define: { 'process.env.NODE_ENV': '"production"' },
          tsconfig: join(here, '..', 'tsconfig.json'),
        });
        results[name] = null;
      } catch (error) {
        results[name] = (error.errors?.[0]?.text ?? String(error.message ?? error)).split('\n')[0];
      }
    }),
  );
  // The map's land file, beside its bundle (fetched as new URL('./land-110m.json', import.meta.url)).
  if (names.includes('map'))
    await copyFile(fileURLToPath(import.meta.resolve('world-atlas/land-110m.json')), join(OUT, 'land-110m.json'));
  return results;
}
