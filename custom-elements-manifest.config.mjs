export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/layout.ts', 'src/data/schema.generated.ts'],
  outdir: '.',
  litelement: true,
};
