/** Drops what the analyzer misreads: an event named after a helper's `type` parameter (`emit(type, detail)`). */
const dropHelperEvents = {
  name: 'drop-helper-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.name !== 'type');
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/layout.ts', 'src/data/schema.generated.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropHelperEvents],
};
