/**
 * `npm stop`: stop the local servers that `npm start` of this checkout
 * started, and the Excel desktop debugging session where there is one.
 * A recorded process id is stopped only after checking that the process
 * still runs this checkout's scripts/start.js: a reused id of another
 * program is never signalled.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { recorded, identify } = require('./server-state');

function stopRecorded() {
  let stopped = 0;
  for (const s of recorded()) {
    const who = identify(s.pid);
    if (who === 'ours') {
      try {
        process.kill(s.pid, 'SIGTERM');
        console.log(`GREX: server op poort ${s.port} gestopt (proces ${s.pid}).`);
        stopped++;
      } catch (e) {
        console.log(`GREX: server op poort ${s.port} (proces ${s.pid}) kon niet worden gestopt: ${e.message}`);
      }
    } else if (who === 'gone') {
      console.log(`GREX: de server op poort ${s.port} draaide niet meer.`);
      try {
        fs.unlinkSync(s.file);
      } catch {
        /* ignore */
      }
    } else {
      console.log(`GREX: proces ${s.pid} is geen GREX-server (meer); niet gestopt. Het verouderde bestand ${path.basename(s.file)} is verwijderd.`);
      try {
        fs.unlinkSync(s.file);
      } catch {
        /* ignore */
      }
    }
  }
  return stopped;
}

if (require.main === module) {
  let stopped = stopRecorded() > 0;
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const r = spawnSync(npx, ['office-addin-debugging', 'stop', 'manifest.xml'], {
      cwd: path.join(__dirname, '..'),
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    stopped = stopped || r.status === 0;
  }
  if (!stopped) console.log('GREX: er draaide geen GREX-server.');
}

module.exports = { stopRecorded };
