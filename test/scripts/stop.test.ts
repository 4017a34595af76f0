/**
 * `npm stop` ends only a server that GREX's own `npm start` started: a
 * recorded process id is signalled only when that process still runs this
 * checkout's scripts/start.js.
 */
import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
let stateDir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-state-'));
  process.env.GREX_STATE_DIR = stateDir;
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  delete process.env.GREX_STATE_DIR;
  fs.rmSync(stateDir, { recursive: true, force: true });
});

function sleeper(script?: string): ChildProcess {
  const args = script ? [script] : ['-e', 'setInterval(() => {}, 1000)'];
  const c = spawn(process.execPath, args, { stdio: 'ignore' });
  children.push(c);
  return c;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const state = require('../../scripts/server-state.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stopRecorded } = require('../../scripts/stop.js');

const linuxOnly = process.platform === 'linux' ? test : test.skip;

linuxOnly('a recorded id that now belongs to another program is not signalled, and its stale record is removed', async () => {
  const other = sleeper();
  await new Promise((r) => setTimeout(r, 100));
  fs.writeFileSync(path.join(stateDir, 'server-3999.json'), JSON.stringify({ pid: other.pid, port: 3999 }));
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  expect(stopRecorded()).toBe(0);
  log.mockRestore();
  expect(alive(other.pid!)).toBe(true);
  expect(fs.existsSync(path.join(stateDir, 'server-3999.json'))).toBe(false);
});

linuxOnly("a process that runs this checkout's start.js is recognised as ours; a same-named script elsewhere is not", async () => {
  // A stand-in with the same command-line shape as `node <root>/scripts/start.js`.
  const fakeRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-fake-'));
  fs.mkdirSync(path.join(fakeRoot, 'scripts'));
  const script = path.join(fakeRoot, 'scripts', 'start.js');
  fs.writeFileSync(script, 'setInterval(() => {}, 1000)');
  const c = sleeper(script);
  await new Promise((r) => setTimeout(r, 150));
  expect(state.identify(c.pid, script)).toBe('ours');
  expect(state.identify(c.pid)).toBe('other'); // not this checkout's start.js
  expect(state.identify(process.pid)).toBe('other');
  c.kill('SIGKILL');
  await new Promise((r) => c.once('exit', r));
  expect(state.identify(c.pid)).toBe('gone');
  fs.rmSync(fakeRoot, { recursive: true, force: true });
});

test('state files are per port, so a test server never overwrites the record of a served npm start', () => {
  expect(state.stateFile(3000)).not.toBe(state.stateFile(3917));
  expect(path.dirname(state.stateFile(3000))).toBe(stateDir);
  expect(ROOT).toBeTruthy();
});
