import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['test/consumer/', 'dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench/.out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
    },
  },
  // Node scripts; the functions they hand to the browser (page.evaluate) see browser globals.
  { files: ['**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['bin/**/*.js'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['bench/page/**/*.js', 'test/**/*.js', 'examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
