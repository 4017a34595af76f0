/**
 * Architecture lint (part of `npm run lint`):
 *  - layers import only downwards: core ← functions ← taskpane, and
 *    core ← functions ← cli; core ← workbook ← taskpane, cli (the workbook
 *    read model and its review, shared by the task pane and the CLI);
 *    core imports nothing outside core but decimal.js;
 *  - exceljs (Node-only) only in src/cli;
 *    nothing imports the task pane or the CLI except the entry points;
 *  - src/core and src/workbook use no Office, Excel, CustomFunctions, DOM or Node globals;
 *  - no circular imports anywhere in src/.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const SRC = path.join(__dirname, '..', 'src');
const LAYER = { core: 1, functions: 2, workbook: 2, taskpane: 3, cli: 3, pages: 3 };
const ALLOWED = {
  core: ['core'],
  functions: ['core', 'functions'],
  workbook: ['core', 'workbook'],
  taskpane: ['core', 'functions', 'workbook', 'taskpane'],
  cli: ['core', 'functions', 'workbook', 'cli'],
};
/** Node-only packages, forbidden in every layer that runs in Excel or is shared with it. */
const NODE_ONLY = ['exceljs'];
const NODE_ONLY_FORBIDDEN_IN = ['core', 'functions', 'workbook', 'taskpane'];
const CORE_PACKAGES = ['decimal.js'];
const CORE_FORBIDDEN = /(?<![.\w])(Office|Excel|CustomFunctions|document|window|navigator|localStorage|process)\s*\.|(?<![.\w])require\s*\(/;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const area = (file) => path.relative(SRC, file).split(path.sep)[0].replace(/\.ts$/, '');
const errors = [];
const graph = new Map();

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', path.join(base, 'index.ts')]) if (fs.existsSync(c)) return c;
  return null;
}

for (const file of files(SRC)) {
  const text = fs.readFileSync(file, 'utf8');
  const rel = path.relative(SRC, file);
  const a = area(file);
  const deps = [];
  const re = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  let m;
  while ((m = re.exec(text))) {
    const spec = m[1] || m[2] || m[3];
    const isTypeOnly = /^(?:import|export)\s+type\s/.test(m[0]);
    if (spec.startsWith('.')) {
      const target = resolve(file, spec);
      if (!target) {
        errors.push(`${rel}: import "${spec}" bestaat niet`);
        continue;
      }
      const b = area(target);
      if (!isTypeOnly) deps.push(target);
      if (a !== 'index' && ALLOWED[a] && !ALLOWED[a].includes(b)) errors.push(`${rel}: laag ${a} mag ${b} niet importeren (${spec})`);
      if (a === 'index' && b === 'taskpane') errors.push(`${rel}: de Node-ingang mag het taakvenster niet importeren`);
    } else if ((a === 'core' || a === 'workbook') && !CORE_PACKAGES.includes(spec)) {
      errors.push(`${rel}: src/${a} mag alleen ${CORE_PACKAGES.join(', ')} importeren, niet "${spec}"`);
    } else if (NODE_ONLY_FORBIDDEN_IN.includes(a) && NODE_ONLY.some((p) => spec === p || spec.startsWith(p + '/'))) {
      errors.push(`${rel}: ${spec} is alleen voor Node (src/cli); src/${a} mag het niet importeren`);
    }
  }
  if (a === 'core' || a === 'workbook') {
    text.split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
      if (CORE_FORBIDDEN.test(code)) errors.push(`${rel}:${i + 1}: src/${a} gebruikt een Office-, DOM- of Node-globaal: ${line.trim()}`);
    });
  }
  graph.set(file, deps);
}

// Cycle detection (iterative DFS with colours).
const colour = new Map();
for (const start of graph.keys()) {
  if (colour.get(start)) continue;
  const stack = [[start, 0]];
  const trail = [start];
  colour.set(start, 1);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const deps = graph.get(top[0]) || [];
    if (top[1] >= deps.length) {
      colour.set(top[0], 2);
      stack.pop();
      trail.pop();
      continue;
    }
    const next = deps[top[1]++];
    if (colour.get(next) === 1) {
      const cycle = trail
        .slice(trail.indexOf(next))
        .concat(next)
        .map((f) => path.relative(SRC, f));
      errors.push(`kringverwijzing: ${cycle.join(' → ')}`);
    } else if (!colour.get(next)) {
      colour.set(next, 1);
      stack.push([next, 0]);
      trail.push(next);
    }
  }
}

if (errors.length) {
  console.error(`Architectuurcontrole: ${errors.length} fout(en):`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}
console.log(`Architectuurcontrole geslaagd: ${graph.size} bestanden, lagen en kringverwijzingen in orde.`);
