/**
 * The files generated from the registry: functions.json, help/*.html and the
 * landing page index.html.
 * Needs lib/ (npm run build:node).
 */
'use strict';
const path = require('path');

function loadLib() {
  try {
    return {
      metadata: require(path.join(__dirname, '..', 'lib', 'functions', 'metadata')),
      help: require(path.join(__dirname, '..', 'lib', 'functions', 'help')),
      registry: require(path.join(__dirname, '..', 'lib', 'functions', 'registry')),
    };
  } catch (e) {
    throw new Error('lib/ ontbreekt: voer eerst "npm run build:node" uit (' + e.message + ')');
  }
}

function generatedFiles(baseUrl) {
  const { metadata, help, registry } = loadLib();
  const files = { 'functions.json': JSON.stringify(metadata.buildMetadata(baseUrl), null, 2) + '\n' };
  files['help/index.html'] = help.renderHelpIndex();
  files['index.html'] = help.renderLandingPage();
  for (const spec of registry.REGISTRY) files[metadata.helpPath(spec)] = help.renderHelpPage(spec);
  return files;
}

module.exports = { generatedFiles };
