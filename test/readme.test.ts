/** README.md stays true: its function table is the registry's, and it names the commands it promises. */
import * as fs from 'fs';
import * as path from 'path';
import { renderFunctionTable } from '../src/functions/help';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('the function table equals the registry (run: npm run build:node && node scripts/update-readme.js)', () => {
  const m = /<!-- functies:begin -->\n([\s\S]*?)\n<!-- functies:end -->/.exec(readme);
  expect(m).not.toBeNull();
  expect(m![1]).toBe(renderFunctionTable());
});

test('set-up, start and test commands are the ones package.json has', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../package.json');
  for (const cmd of ['npm ci', 'npm start', 'npm test', 'npm run bench', 'npm run validate', 'npx grex eval']) expect(readme).toContain(cmd);
  for (const script of ['build', 'build:dev', 'dev-server', 'start', 'stop', 'validate', 'lint', 'test', 'bench', 'fuzz']) {
    expect(pkg.scripts[script]).toBeDefined();
    expect(readme).toContain(`npm run ${script}`.replace('npm run test', 'npm test').replace('npm run start', 'npm start').replace('npm run stop', 'npm stop'));
  }
});
