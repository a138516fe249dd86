// A tiny static server for the benchmark pages: serves bench/.out/ on 127.0.0.1 (ephemeral port).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
};

function page(name, root) {
  const css = existsSync(join(root, `${name}.css`)) ? `<link rel="stylesheet" href="/${name}.css">` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: ${name}</title>${css}
<style>html,body{margin:0;padding:0;font:14px sans-serif}#stage{width:1200px;height:600px;position:relative;overflow:hidden}</style>
</head><body><div id="stage"></div><script type="module" src="/${name}.js"></script></body></html>`;
}

/** Starts the server; resolves to { url, close() }. */
export function serve(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (path.endsWith('.html')) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(page(path.slice(1, -5), root));
        return;
      }
      const body = await readFile(join(root, path));
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
