/**
 * A small static server for dist/ with the add-in's Content-Security-Policy
 * on every response and Access-Control-Allow-Origin on the add-in's files
 * (Excel on the web fetches functions.json and functions.js from its own
 * origin). `npm start` uses it over HTTPS where Excel desktop is not
 * available; the browser tests use it over HTTP on a free port.
 * Any request path is answered (400, 403, 404 or 200); none can crash it.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const csp = require('../config/csp');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Headers every response carries: the add-in's files may be fetched from Office's origins. */
function baseHeaders(urlPath) {
  return {
    'Content-Security-Policy': urlPath.startsWith('/help/') ? csp.helpPolicy : csp.appPolicy,
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function answer(res, status, headers, body) {
  if (res.headersSent) return;
  res.writeHead(status, headers);
  res.end(body);
}

/** The file under `base` a URL path names, or a status code when there is none. */
function fileFor(base, rawUrl) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(rawUrl || '/', 'http://x').pathname);
  } catch {
    return { status: 400, urlPath: '/' };
  }
  // NUL and other control characters never name a file of ours (and make fs throw).
  if (/[\u0000-\u001f\u007f]/.test(urlPath) || urlPath.length > 1024) return { status: 400, urlPath: '/' };
  if (urlPath.endsWith('/')) urlPath += 'index.html'; // the root is the landing page (dist/index.html)
  const file = path.resolve(base, '.' + urlPath);
  if (!file.startsWith(base + path.sep)) return { status: 403, urlPath };
  return { file, urlPath };
}

function handler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    try {
      if (req.method === 'OPTIONS') {
        answer(res, 204, { ...baseHeaders('/'), 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Max-Age': '600' });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        answer(res, 405, { ...baseHeaders('/'), Allow: 'GET, HEAD, OPTIONS' });
        return;
      }
      const { file, urlPath, status } = fileFor(base, req.url);
      if (status) {
        answer(res, status, { ...baseHeaders(urlPath), 'Content-Type': 'text/plain; charset=utf-8' }, status === 403 ? 'Geweigerd' : 'Ongeldig verzoek');
        return;
      }
      fs.readFile(file, (err, data) => {
        const headers = baseHeaders(urlPath);
        if (err) {
          answer(res, 404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, 'Niet gevonden');
          return;
        }
        answer(res, 200, { ...headers, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' }, req.method === 'HEAD' ? undefined : data);
      });
    } catch {
      answer(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Interne fout');
    }
  };
}

/**
 * Start serving `root`; resolves with { server, url } once listening.
 * port 0 = any free port. Listens on the loopback interface only.
 */
function serve({ root, port = 0, host = '127.0.0.1', tls } = {}) {
  const server = tls ? https.createServer(tls, handler(root)) : http.createServer(handler(root));
  // A broken client connection must not take the server down.
  server.on('clientError', (_err, socket) => {
    try {
      socket.destroy();
    } catch {
      /* already closed */
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = server.address().port;
      resolve({ server, url: `${tls ? 'https' : 'http'}://${host === '127.0.0.1' ? 'localhost' : host}:${p}/` });
    });
  });
}

module.exports = { serve, handler };
