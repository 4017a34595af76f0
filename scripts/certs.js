/**
 * A TLS certificate for https://localhost without root or sudo.
 * Uses Microsoft's dev certificate when office-addin-dev-certs has installed
 * one (~/.office-addin-dev-certs), otherwise creates a self-signed one in
 * .certs/ (git-ignored). Never installs anything into a trust store.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const CERT_DIR = path.join(__dirname, '..', '.certs');

async function loadOrCreateCert() {
  const ms = path.join(os.homedir(), '.office-addin-dev-certs');
  if (fs.existsSync(path.join(ms, 'localhost.crt')) && fs.existsSync(path.join(ms, 'localhost.key'))) {
    return { cert: fs.readFileSync(path.join(ms, 'localhost.crt')), key: fs.readFileSync(path.join(ms, 'localhost.key')), source: ms, selfSigned: false };
  }
  const certFile = path.join(CERT_DIR, 'localhost.crt');
  const keyFile = path.join(CERT_DIR, 'localhost.key');
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    return { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile), source: CERT_DIR, selfSigned: true };
  }
  const selfsigned = require('selfsigned');
  const attrs = [{ name: 'commonName', value: 'localhost' }];
  const pems = await selfsigned.generate(attrs, {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  fs.mkdirSync(CERT_DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(certFile, pems.cert);
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, source: CERT_DIR, selfSigned: true };
}

module.exports = { loadOrCreateCert, CERT_DIR };
