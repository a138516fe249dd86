// Test-runner commands the stock plugins lack for WebDriver sessions (test/commands.ts uses them).
// `window-viewport`: resizes the window so that its viewport is { width, height }, as setViewport does in CDP.
export function browserCommandsPlugin() {
  return {
    name: 'meeting-viz-browser-commands',
    async executeCommand({ command, payload, session }) {
      // `bring-to-front`: makes the test's page the selected, focused tab again (Firefox runs every file as a
      // tab of one window; a tab closing late can take the focus, and :focus styles then stop matching).
      if (command === 'bring-to-front') {
        if (session.browser.type === 'webdriver') return true;
        await session.browser.getPage(session.id).bringToFront();
        return true;
      }
      if (command !== 'window-viewport') return undefined;
      if (session.browser.type !== 'webdriver')
        throw new Error(`window-viewport is for WebDriver sessions, not ${session.browser.type}`);
      const { driver } = session.browser;
      const { width, height } = payload;
      // The window's frame (title bar, borders) is not part of the viewport: measure it, then make up for it.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
        if (innerWidth === width && innerHeight === height) return true;
        const outer = await driver.getWindowSize();
        await driver.setWindowSize(outer.width + width - innerWidth, outer.height + height - innerHeight);
      }
      return true;
    },
  };
}
