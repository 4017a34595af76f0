/**
 * Builds for tests: always into a fresh temporary folder, never dist/, so
 * that a served or released dist/ is left alone while the tests run.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Run webpack (optionally one named compilation) into a new temp folder; returns the folder. */
export function buildInto(opts: { mode: 'production' | 'development'; configName?: string; prefix?: string; env?: NodeJS.ProcessEnv }): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'grex-build-'));
  const args = ['webpack', '--mode', opts.mode, '--env', `outDir=${out}`];
  if (opts.configName) args.push('--config-name', opts.configName);
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`webpack mislukte:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** lib/ (the Node build) is what the task-pane compilation reads the registry from. */
export function buildNode(): void {
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsc', '-p', 'tsconfig.node.json'], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`tsc -p tsconfig.node.json mislukte:\n${r.stdout}\n${r.stderr}`);
}

export function removeDir(dir: string | undefined): void {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}
