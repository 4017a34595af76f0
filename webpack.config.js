/* eslint-disable */
/**
 * Builds the add-in into dist/ (or GREX_DIST): two compilations.
 *  - "functions": functions.js/.html for Excel's JavaScript-only custom
 *    functions runtime, compiled to ES2016 (older Windows builds run custom
 *    functions in an engine without ?. and ??), with nothing but the
 *    registry and the calculation core in it.
 *  - "taskpane": taskpane.js/.html, commands.js/.html, functions.json and
 *    help/ generated from the registry (lib/, compiled by `npm run build:node`
 *    first), assets/ and manifest.xml with the URLs of config/addin.js.
 * A production build without GREX_PROD_URL points the manifest at a
 * placeholder host that `npm run validate` refuses.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const addin = require('./config/addin');
const csp = require('./config/csp');
const { generatedFiles } = require('./scripts/generated-files');
const { stripHelp } = require('./scripts/strip-help');

const DEV_URL = 'https://localhost:3000/';

class RegistryFilesPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
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

async function devServer(outDir) {
  const { cert, key } = await require('./scripts/certs').loadOrCreateCert();
  return {
    static: { directory: outDir },
    headers: { 'Content-Security-Policy': csp.appPolicy, 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: { cert, key } },
    // Loopback only: the dev server is never reachable from the network.
    host: 'localhost',
    allowedHosts: ['localhost', '127.0.0.1'],
    port: addin.port,
    hot: false,
    liveReload: false,
    client: false,
  };
}

/** Where the build goes: GREX_DIST or --env outDir=…, else dist/. */
function outDirOf(env) {
  const dir = (env && env.outDir) || process.env.GREX_DIST;
  return path.resolve(dir || path.join(__dirname, 'dist'));
}

/** Empty the output folder once, before both compilations write into it. */
function clean(outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
}

/**
 * ts-loader for one compilation. `extra` adds compiler options and custom
 * transformers (the functions bundle: ES modules for tree shaking, and the
 * help texts left out by scripts/strip-help.js).
 */
const tsRule = (target, extra = {}) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      configFile: 'tsconfig.json',
      onlyCompileBundledFiles: true,
      compilerOptions: { target, ...extra.compilerOptions },
      ...(extra.getCustomTransformers ? { getCustomTransformers: extra.getCustomTransformers } : {}),
    },
  },
});

/** The functions compilation: ES modules (so webpack drops what the runtime never reads) without help texts. */
const functionsTsRule = () =>
  tsRule('ES2016', {
    compilerOptions: { module: 'ES2015' },
    getCustomTransformers: (program, getProgram) => ({ before: [stripHelp(getProgram || (() => program))] }),
  });

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = !!(env && env.WEBPACK_SERVE);
  const outDir = outDirOf(env);
  const baseUrl = dev ? addin.devUrl : addin.prodUrl;
  if (!dev && !addin.prodUrlSet) {
    console.warn(
      `\nGREX: GREX_PROD_URL is niet gezet; het manifest wijst naar ${addin.PLACEHOLDER_URL}, dat niet bestaat.\n` +
        '  npm run validate weigert dit manifest. Bouw voor uitrol met GREX_PROD_URL=https://<uw-server>/<pad>/ npm run build\n',
    );
  }
  if (!serving && !(env && env.noClean)) clean(outDir);
  const page = (name, chunks, title, extra = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: name === 'taskpane' ? './src/pages/taskpane.html' : name === 'functions' ? './src/pages/functions.html' : './src/pages/blank.html',
      chunks,
      title,
      officeJsUrl: addin.officeJsUrl,
      runtimeUrl: addin.customFunctionsRuntimeUrl,
      csp: csp.appPolicy,
      inject: 'head',
      scriptLoading: 'defer',
      ...extra,
    });
  const common = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.js'] },
    performance: { hints: false },
  };
  const functions = {
    ...common,
    name: 'functions',
    // ES2016 for webpack's own runtime code and the minifier's output too.
    target: ['web', 'es2016'],
    entry: { functions: './src/functions/excel.ts' },
    output: { path: outDir, filename: '[name].js', clean: false },
    module: {
      rules: [
        functionsTsRule(),
        // decimal.js with its constants ln 10 and π at 120 instead of 1,025 digits (GREX computes with 34)
        { test: /[\\/]decimal\.js[\\/]decimal\.m?js$/, use: path.join(__dirname, 'scripts', 'decimal-constants-loader.js') },
      ],
    },
    // The runtime bundle has a size budget (scripts/check-bundle-size.js): one more compress pass than the default.
    optimization: { minimizeOptions: { javascript: { compress: { passes: 3 } } } },
    plugins: [page('functions', ['functions'], 'GREX functies')],
  };
  const taskpane = {
    ...common,
    name: 'taskpane',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/taskpane/commands.ts',
    },
    output: { path: outDir, filename: '[name].js', clean: false },
    module: { rules: [tsRule('ES2020')] },
    plugins: [
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
            transform: (content) =>
              baseUrl === DEV_URL ? content : content.toString().split(DEV_URL).join(baseUrl).split(DEV_URL.replace(/\/$/, '')).join(new URL(baseUrl).origin),
          },
        ],
      }),
    ],
    // Certificates are touched only when serving, never by a build.
    devServer: serving ? await devServer(outDir) : undefined,
  };
  return [taskpane, functions];
};
