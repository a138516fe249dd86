// Starts Debian's WebKitWebDriver (WebKitGTK has no headless mode, so under xvfb-run) and stops its whole
// process group — xvfb-run, Xvfb, the driver and MiniBrowser — when this process exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

export function findMiniBrowser() {
  const found = MINIBROWSER_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No WebKitGTK MiniBrowser found: on Debian, apt-get install -y webkit2gtk-driver xvfb xauth');
}

function listening(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/** Starts the driver on `port` and resolves once it accepts connections. */
export async function startWebKitDriver(port) {
  if (await listening(port)) throw new Error(`port ${port} is taken: set WEBKIT_DRIVER_PORT to a free port`);
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1080x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exitCode;
  driver.on('exit', (code) => (exitCode = code ?? -1));
  driver.on('error', (error) => console.error(`WebKitWebDriver: ${error.message}`));
  const stop = () => {
    if (exitCode !== undefined) return;
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(130)));
  const deadline = Date.now() + 30_000;
  while (!(await listening(port))) {
    if (exitCode !== undefined) throw new Error(`WebKitWebDriver exited (${exitCode}) before it listened on ${port}`);
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on ${port} within 30 s`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return stop;
}
