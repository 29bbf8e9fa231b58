// A tiny static server for the embed tests' host pages (e2e/fixtures/host/), on another origin (port) than
// the embed they load. `%EMBED_ORIGIN%` in a served file becomes the embed's origin, and every `*.strict.html`
// page is sent with a strict Content-Security-Policy header: scripts from the embed's origin only, no inline.
// Usage: node e2e/host-server.mjs [--port 4174] [--embed-origin http://127.0.0.1:4173]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option('port', '4174'));
const embedOrigin = option('embed-origin', 'http://127.0.0.1:4173');
const root = fileURLToPath(new URL('./fixtures/host/', import.meta.url));

/** What a careful docs site might send: nothing inline, scripts and frames from the embed's origin only. */
export const STRICT_CSP = [
  "default-src 'none'",
  `script-src ${embedOrigin}`,
  "style-src 'self'",
  "img-src 'self'",
  `frame-src ${embedOrigin}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/health') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  if (url.pathname === '/favicon.ico') {
    // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
    response.writeHead(204).end();
    return;
  }
  const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/docs.html' : url.pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root) || relative.split(sep).includes('..')) {
    response.writeHead(403).end();
    return;
  }
  try {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = type.startsWith('image/') ? await readFile(file) : (await readFile(file, 'utf8')).replaceAll('%EMBED_ORIGIN%', embedOrigin);
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (file.endsWith('.strict.html')) headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Host pages on http://127.0.0.1:${port}/ (embed origin ${embedOrigin})`);
});
