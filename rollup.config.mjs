import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// One entry per element (importing it defines the element), the whole set, and the React wrappers.
const entries = ['src/index.ts', 'src/meeting-timeline/index.ts', 'src/sector-wheel/index.ts', 'src/meeting-card/index.ts', 'src/react.ts'].filter(existsSync);

/** ES modules for npm: one file per source module, with .d.ts; dependencies stay imports. */
const npm = {
  input: entries,
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true, noEmitOnError: true })],
};

/** One self-contained, minified file for a `<script type="module">` tag. */
const cdn = {
  input: 'src/index.ts',
  output: { file: 'dist/cdn/meeting-viz.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true }),
    typescript({ tsconfig: 'tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', noEmitOnError: true }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};

// Third-party notices (zod's comments, its internal cycle) are not ours to fix; our own warnings still show.
const onwarn = (warning, warn) => {
  if (warning.id?.includes('node_modules') || warning.ids?.every((id) => id.includes('node_modules'))) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [npm, cdn].map((config) => ({ ...config, onwarn }));
