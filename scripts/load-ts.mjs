// Imports a TypeScript module from src/ in Node, bundled in memory by esbuild (already a dev dependency).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}#${pathToFileURL(entry)}`);
}
