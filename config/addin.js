/**
 * The one place that says where the add-in is served from.
 *  - devUrl: `npm start`, `npm run dev-server` and `npm run build:dev`.
 *  - prodUrl: `npm run build` (production). Set GREX_PROD_URL, or change the
 *    default below, to the HTTPS address where dist/ is deployed.
 */
'use strict';
const port = Number(process.env.GREX_PORT || process.env.npm_package_config_dev_server_port || 3000);

module.exports = {
  port,
  devUrl: `https://localhost:${port}/`,
  prodUrl: (process.env.GREX_PROD_URL || 'https://grex.example.org/addin/').replace(/\/?$/, '/'),
  /** Office.js, the only script the add-in loads from another origin. */
  officeJsUrl: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  officeCdnOrigin: 'https://appsforoffice.microsoft.com',
};
