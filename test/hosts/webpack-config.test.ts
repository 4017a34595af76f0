/**
 * What webpack.config.js promises without running a build: the dev server
 * listens on localhost only and sends CORS and CSP headers; the functions
 * bundle is compiled for ES2016 and the task pane separately; the output
 * goes where it is told (tests: a temporary folder, never dist/).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js');

type Config = {
  name: string;
  target?: unknown;
  output: { path: string };
  devServer?: Record<string, unknown>;
  module: { rules: { use: { options: { compilerOptions: { target: string } } } }[] };
};

let out: string;
beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-cfg-'));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test('npm run dev-server listens on localhost only, with CORS and the CSP', async () => {
  const [taskpane] = (await makeConfig({ WEBPACK_SERVE: true, outDir: out }, { mode: 'development' })) as Config[];
  expect(taskpane.devServer!.host).toBe('localhost');
  const headers = taskpane.devServer!.headers as Record<string, string>;
  expect(headers['Access-Control-Allow-Origin']).toBe('*');
  expect(headers['Content-Security-Policy']).toMatch(/script-src 'self'/);
});

test('the functions bundle is compiled for ES2016, the task pane apart from it, both into the folder given', async () => {
  const configs = (await makeConfig({ outDir: out }, { mode: 'production' })) as Config[];
  const functions = configs.find((c) => c.name === 'functions')!;
  const taskpane = configs.find((c) => c.name === 'taskpane')!;
  expect(functions.target).toEqual(['web', 'es2016']);
  expect(functions.module.rules[0].use.options.compilerOptions.target).toBe('ES2016');
  expect(taskpane.module.rules[0].use.options.compilerOptions.target).toBe('ES2020');
  expect(functions.output.path).toBe(path.resolve(out));
  expect(taskpane.output.path).toBe(path.resolve(out));
  expect(Object.keys((functions as unknown as { entry: Record<string, string> }).entry)).toEqual(['functions']);
});

test('only the functions compilation leaves the help texts out (a custom transformer) and uses ES modules', async () => {
  const configs = (await makeConfig({ outDir: out }, { mode: 'production' })) as Config[];
  const opts = (name: string) =>
    configs.find((c) => c.name === name)!.module.rules[0].use.options as unknown as { getCustomTransformers?: unknown; compilerOptions: { module?: string } };
  expect(typeof opts('functions').getCustomTransformers).toBe('function');
  expect(opts('functions').compilerOptions.module).toBe('ES2015');
  expect(opts('taskpane').getCustomTransformers).toBeUndefined();
  expect(opts('taskpane').compilerOptions.module).toBeUndefined();
});
