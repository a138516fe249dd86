import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// One entry per element (importing it defines the element), the whole set, and the React wrappers.
const entries = [
  'src/index.ts',
  'src/meeting-timeline/index.ts',
  'src/sector-wheel/index.ts',
  'src/meeting-card/index.ts',
  'src/meeting-map/index.ts',
  'src/react.ts',
].filter(existsSync);

/** The map's default basemap (world-atlas land-110m), emitted beside the module that fetches it (`new URL('./land-110m.json', import.meta.url)`). */
const landFile = (fileName) => ({
  name: 'land-110m',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName,
      source: readFileSync(fileURLToPath(import.meta.resolve('world-atlas/land-110m.json'))),
    });
  },
});

/** ES modules for npm: one file per source module, with .d.ts; dependencies stay imports. */
const npm = {
  input: entries,
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [
    typescript({
      tsconfig: 'tsconfig.json',
      outDir: 'dist',
      declaration: true,
      declarationMap: true,
      noEmitOnError: true,
    }),
    landFile('meeting-map/land-110m.json'),
  ],
};

/**
 * d3's packages ship one pre-bundled file each, where factories are made by top-level IIFEs
 * and top-level factory calls (`var bundle = (function custom(beta) {…})(0.85)`,
 * `var cubehelixLong = cubehelix(nogamma)`) that Rollup must assume have side effects, so every
 * curve and interpolator was kept although only `arc` and `interpolateZoom` are used. In d3's flat
 * files a top-level `var x = f(…)` only builds a value: say so.
 */
const pureD3Factories = {
  name: 'pure-d3-factories',
  transform(code, id) {
    if (!/node_modules\/d3-[a-z]+\/dist\/.*\.mjs$/.test(id)) return null;
    const marked = code
      .replace(/= \(function (\w+)\(/g, '= /*#__PURE__*/(function $1(')
      .replace(/^(var|const|let) (\w+) = (\w+)\(/gm, '$1 $2 = /*#__PURE__*/$3(');
    return marked === code ? null : { code: marked, map: null };
  },
};

/** d3-zoom's d3-transition import, answered by src/cdn/no-transitions.ts in the CDN build (see there). */
const noTransitions = {
  name: 'no-transitions',
  resolveId(source) {
    return source === 'd3-transition' ? fileURLToPath(new URL('src/cdn/no-transitions.ts', import.meta.url)) : null;
  },
};

/**
 * The wheel, the card and the map in the CDN build: an import of `<x>/index.js` from any module outside
 * src/cdn/ (src/index.ts's, the timeline's of the card) is answered by the stand-in src/cdn/<x>.ts,
 * which defines the element from a chunk when its tag first appears (the npm build keeps the imports).
 * The chunks' own entries (src/cdn/wheel.ts, card.ts, geo.ts) import the real modules.
 */
const cdnDir = fileURLToPath(new URL('src/cdn/', import.meta.url));
const lazyElements = {
  name: 'lazy-elements',
  resolveId(source, importer) {
    const element = /(?:^|\/)(sector-wheel|meeting-card|meeting-map)\/index\.js$/.exec(source)?.[1];
    return element && importer && !importer.startsWith(cdnDir) ? `${cdnDir}${element}.ts` : null;
  },
};

/**
 * A chunk loaded on first use asks for its own imports (the wheel's geometry, say) only once it has
 * arrived: one network round trip more before the element draws (150 ms on a slow 4G phone). Ask for
 * them beside it instead, as Vite's preload does: `import('./wheel.js')` becomes
 * `Promise.all([import('./wheel.js'), import('./geometry.js'), …]).then((m) => m[0])`. The core file,
 * which every chunk imports, is already there.
 */
const parallelChunkImports = {
  name: 'parallel-chunk-imports',
  renderDynamicImport({ chunk, getTargetChunkImports }) {
    const beside = (getTargetChunkImports() ?? [])
      .filter((i) => i.type === 'internal' && i.fileName !== chunk.fileName && !i.chunk.isEntry)
      .map((i) => `import(${i.resolvedImportPath})`); // a quoted path
    return beside.length
      ? { left: 'Promise.all([import(', right: `), ${beside.join(', ')}]).then((m) => m[0])` }
      : null;
  },
};

/** Removes the lazy chunks of earlier builds from dist/cdn/ (their names carry a content hash), so none is packed by mistake. */
const cleanCdnChunks = {
  name: 'clean-cdn-chunks',
  buildStart() {
    const dir = 'dist/cdn';
    rmSync(`${dir}/chunks`, { recursive: true, force: true });
    for (const file of existsSync(dir) ? readdirSync(dir) : [])
      if (/^meeting-viz-.+\.js(\.map)?$/.test(file)) rmSync(`${dir}/${file}`);
  },
};

/**
 * One minified file for a `<script type="module">` tag: the timeline, with Lit, the data code and its
 * words in English; what only some pages use is loaded on first use from beside it (found from
 * import.meta.url): the wheel, the card, the map (d3-geo, topojson-client) with its land file, the other
 * languages, the timeline's gestures, the CSV and TimelineJS reader and the exporter.
 */
const cdn = {
  input: 'src/index.ts',
  // The chunks import what they share from meeting-viz.js itself, rather than everything moving into a
  // shared chunk behind a two-line facade (one request more before anything draws).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    entryFileNames: 'meeting-viz.js',
    chunkFileNames: 'meeting-viz-[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    cleanCdnChunks,
    landFile('land-110m.json'),
    noTransitions,
    lazyElements,
    parallelChunkImports,
    nodeResolve({ browser: true }),
    pureD3Factories,
    typescript({
      tsconfig: 'tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
      noEmitOnError: true,
    }),
    // Lit's own tool: whitespace and comments out of html``/css`` templates (terser cannot see into them).
    minifyHTML(),
    terser({ ecma: 2021, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
};

/** The command line (bin/meeting-viz.js imports dist/cli/main.js): Node modules, the same src/data code as the elements. */
const cli = {
  input: { main: 'src/cli/main.ts' },
  output: { dir: 'dist/cli', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js', sourcemap: true },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [typescript({ tsconfig: 'tsconfig.cli.json', outDir: 'dist/cli', noEmitOnError: true })],
};

// Third-party notices (zod's comments, its internal cycle) are not ours to fix; our own warnings still show.
const onwarn = (warning, warn) => {
  // A template it cannot parse (a heading whose tag is chosen at run time) is left as written.
  if (warning.plugin === 'minify-html-literals') return;
  if (warning.id?.includes('node_modules') || warning.ids?.every((id) => id.includes('node_modules'))) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [npm, cdn, cli].map((config) => ({ ...config, onwarn }));
