/* eslint-disable */
/**
 * Builds dist/: functions.js/.html (custom functions, JavaScript-only runtime),
 * taskpane.js/.html, commands.js/.html, functions.json and help/ generated
 * from the registry (lib/, compiled by `npm run build:node` first), assets/
 * and manifest.xml with the URLs of config/addin.js.
 */
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const addin = require('./config/addin');
const csp = require('./config/csp');
const { generatedFiles } = require('./scripts/generated-files');

const DEV_URL = 'https://localhost:3000/';

class RegistryFilesPlugin {
  constructor(baseUrl) { this.baseUrl = baseUrl; }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RegistryFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'RegistryFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [file, text] of Object.entries(generatedFiles(this.baseUrl))) {
          compilation.emitAsset(file, new compiler.webpack.sources.RawSource(text));
        }
      });
    });
  }
}

async function devServer() {
  const { cert, key } = await require('./scripts/certs').loadOrCreateCert();
  return {
    static: { directory: path.join(__dirname, 'dist') },
    headers: { 'Content-Security-Policy': csp.appPolicy, 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: { cert, key } },
    port: addin.port,
    hot: false,
    liveReload: false,
    client: false,
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const baseUrl = dev ? addin.devUrl : addin.prodUrl;
  const page = (name, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: name === 'taskpane' ? './src/pages/taskpane.html' : './src/pages/blank.html',
      chunks,
      title,
      officeJsUrl: addin.officeJsUrl,
      csp: csp.appPolicy,
      inject: 'head',
      scriptLoading: 'defer',
    });
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/excel.ts',
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/taskpane/commands.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', onlyCompileBundledFiles: true } } }],
    },
    performance: { hints: false },
    plugins: [
      page('functions', ['functions'], 'GREX functies'),
      page('taskpane', ['taskpane'], 'GREX'),
      page('commands', ['commands'], 'GREX opdrachten'),
      new RegistryFilesPlugin(baseUrl),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/pages/taskpane.css', to: 'taskpane.css' },
          { from: 'src/pages/help.css', to: 'help/help.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (baseUrl === DEV_URL ? content : content.toString().split(DEV_URL).join(baseUrl).split(DEV_URL.replace(/\/$/, '')).join(new URL(baseUrl).origin)),
          },
        ],
      }),
    ],
    // Certificates are touched only when serving, never by a build.
    devServer: env && env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};
