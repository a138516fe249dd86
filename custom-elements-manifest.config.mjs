export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/layout.ts'],
  outdir: '.',
  litelement: true,
};
