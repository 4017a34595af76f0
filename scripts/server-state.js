/**
 * Which local servers GREX started: one state file per port in .certs/
 * (git-ignored), and a check that a recorded process is still ours (its
 * command line runs this checkout's scripts/start.js) before anyone stops it.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { CERT_DIR } = require('./certs');

const START_SCRIPT = path.join(__dirname, 'start.js');
/** GREX_STATE_DIR moves the state files (the tests use a temporary folder). */
const STATE_DIR = () => process.env.GREX_STATE_DIR || CERT_DIR;

function stateFile(port) {
  return path.join(STATE_DIR(), `server-${port}.json`);
}

function record(port, extra = {}) {
  fs.mkdirSync(STATE_DIR(), { recursive: true });
  fs.writeFileSync(stateFile(port), JSON.stringify({ pid: process.pid, port, script: START_SCRIPT, ...extra }) + '\n');
}

function forget(port, pid = process.pid) {
  const file = stateFile(port);
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (s.pid === pid) fs.unlinkSync(file);
  } catch {
    /* already gone or not ours */
  }
}

/** Every recorded server: { file, pid, port, script }. Unreadable files are skipped. */
function recorded() {
  let files = [];
  try {
    files = fs.readdirSync(STATE_DIR()).filter((f) => /^server-\d+\.json$/.test(f));
  } catch {
    return [];
  }
  const out = [];
  for (const f of files) {
    try {
      const file = path.join(STATE_DIR(), f);
      const s = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(s.pid) && s.pid > 0) out.push({ ...s, file });
    } catch {
      /* skip */
    }
  }
  return out;
}

/** The command line of a process, or undefined when it does not run or cannot be read. */
function commandLine(pid) {
  if (process.platform === 'linux') {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() || undefined;
    } catch {
      return undefined;
    }
  }
  if (process.platform === 'win32') {
    const r = spawnSync('powershell.exe', ['-NoProfile', '-Command', `(Get-CimInstance Win32_Process -Filter "ProcessId=${Number(pid)}").CommandLine`], {
      encoding: 'utf8',
      timeout: 15000,
    });
    return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
  }
  const r = spawnSync('ps', ['-p', String(Number(pid)), '-o', 'command='], { encoding: 'utf8', timeout: 15000 });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/** The working directory of a process where the OS tells (Linux), else undefined. */
function workingDir(pid) {
  if (process.platform !== 'linux') return undefined;
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

/**
 * 'ours' | 'gone' | 'other': is `pid` the start.js of this checkout? Its
 * command line must name scripts/start.js, by its absolute path or (as npm
 * runs it) relative to a working directory that is this checkout.
 */
function identify(pid, script = START_SCRIPT) {
  const cmd = commandLine(pid);
  if (!cmd) return 'gone';
  const norm = (s) => s.replace(/\\/g, '/').toLowerCase();
  const c = norm(cmd);
  if (c.includes(norm(script))) return 'ours';
  if (!/(^|[\s"'])(\.\/)?scripts\/start\.js/.test(c)) return 'other';
  const cwd = workingDir(pid);
  if (cwd === undefined) return 'ours';
  return norm(path.resolve(cwd, 'scripts', 'start.js')) === norm(script) ? 'ours' : 'other';
}

module.exports = { record, forget, recorded, identify, commandLine, stateFile, START_SCRIPT };
