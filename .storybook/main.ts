import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The datasets, for stories that load with `src` as a page would. Only the static build copies them: the dev
  // server (Vite) already serves data/*.json raw from the project root, and a static mount there would answer
  // the stories' `import series from '../data/….json'` (a module request) with plain JSON before Vite could.
  staticDirs: async (dirs = [], { configType }) =>
    configType === 'PRODUCTION' ? [...dirs, { from: '../data', to: '/data' }] : dirs,
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Relative asset URLs, so the static build works from any sub-path (a project page, a folder).
  viteFinal: async (viteConfig) => ({ ...viteConfig, base: './' }),
};

export default config;
