/**
 * A small static server for dist/ with the add-in's Content-Security-Policy
 * on every response. `npm start` uses it over HTTPS where Excel desktop is
 * not available; the browser tests use it over HTTP on a free port.
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

function handler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.resolve(base, '.' + urlPath);
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      const headers = {
        'Content-Security-Policy': urlPath.startsWith('/help/') ? csp.helpPolicy : csp.appPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      };
      if (err) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  };
}

/** Start serving `root`; resolves with { server, url } once listening. port 0 = any free port. */
function serve({ root, port = 0, host = '127.0.0.1', tls } = {}) {
  const server = tls ? https.createServer(tls, handler(root)) : http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = server.address().port;
      resolve({ server, url: `${tls ? 'https' : 'http'}://${host === '127.0.0.1' ? 'localhost' : host}:${p}/` });
    });
  });
}

module.exports = { serve };
