/**
 * The Content-Security-Policy of every page the add-in serves (issue 9):
 * scripts only from its own origin and Microsoft's Office CDN, no inline
 * script, no eval, no plug-ins; connections only to its own origin and the
 * CDN. Used as a <meta> tag in every HTML page (so it holds wherever dist/
 * is hosted) and as an HTTP header by the local servers.
 */
'use strict';
const { officeCdnOrigin } = require('./addin');

const directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", officeCdnOrigin],
  // Office.js on the web (excel-web-16.00.js) sets inline styles on the
  // elements it creates; without 'unsafe-inline' here it is refused
  // (https://github.com/OfficeDev/office-js/issues/1687). Styles only:
  // script-src stays strict, and the pane never inserts markup.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", officeCdnOrigin],
  'frame-src': [officeCdnOrigin],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The policy for pages that run script (task pane, functions, commands). */
const appPolicy = Object.entries(directives).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');

/** Help pages run no script at all. */
const helpPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

module.exports = { directives, appPolicy, helpPolicy };
