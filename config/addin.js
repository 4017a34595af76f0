/**
 * The one place that says where the add-in is served from.
 *  - devUrl: `npm start`, `npm run dev-server` and `npm run build:dev`.
 *  - prodUrl: `npm run build` (production): GREX_PROD_URL, the HTTPS address
 *    where dist/ is deployed. Without it the build uses PLACEHOLDER_URL, a
 *    host that cannot exist, and `npm run validate` refuses that manifest.
 */
'use strict';
const port = Number(process.env.GREX_PORT || process.env.npm_package_config_dev_server_port || 3000);

/** Reserved for documentation (RFC 2606): never a real deployment. */
const PLACEHOLDER_URL = 'https://grex.example.org/addin/';

module.exports = {
  port,
  devUrl: `https://localhost:${port}/`,
  prodUrl: (process.env.GREX_PROD_URL || PLACEHOLDER_URL).replace(/\/?$/, '/'),
  prodUrlSet: !!process.env.GREX_PROD_URL,
  PLACEHOLDER_URL,
  /** Office.js, the only script the task pane loads from another origin. */
  officeJsUrl: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  /** What Microsoft's custom-functions template loads on the functions page. */
  customFunctionsRuntimeUrl: 'https://appsforoffice.microsoft.com/lib/1.1/hosted/custom-functions-runtime.js',
  officeCdnOrigin: 'https://appsforoffice.microsoft.com',
};
