/** `npm stop`: stop the local server of `npm start`, and the Excel desktop debugging session where there is one. */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { CERT_DIR } = require('./certs');

const PID_FILE = path.join(CERT_DIR, 'server.pid');
let stopped = false;
if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`GREX: server gestopt (proces ${pid}).`);
    stopped = true;
  } catch {
    console.log('GREX: de server draaide niet meer.');
  }
  try { fs.unlinkSync(PID_FILE); } catch { /* ignore */ }
}
if (process.platform === 'win32' || process.platform === 'darwin') {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const r = spawnSync(npx, ['office-addin-debugging', 'stop', 'manifest.xml'], { cwd: path.join(__dirname, '..'), stdio: 'inherit' });
  stopped = stopped || r.status === 0;
}
if (!stopped) console.log('GREX: er draaide geen GREX-server.');
