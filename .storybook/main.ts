import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The datasets, for stories that load with `src` as a page would.
  staticDirs: [{ from: '../data', to: '/data' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Relative asset URLs, so the static build works from any sub-path (a project page, a folder).
  viteFinal: async (viteConfig) => ({ ...viteConfig, base: './' }),
};

export default config;
