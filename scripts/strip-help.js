/**
 * A TypeScript transformer for the functions bundle only (webpack.config.js,
 * ts-loader `getCustomTransformers`): Excel's custom-functions runtime never
 * shows a help text, so the registry entries it loads leave them out. The
 * registry in src/functions/defs stays the one source of truth; the Node
 * build, functions.json, the help pages and `grex list` still get all of it.
 *
 * In the files under src/functions/defs it
 *  - drops the properties `help`, `sources`, `description`, `category` and
 *    `result` (the result's labels are for functions.json, help and the
 *    pane's spill headers; the call path never reads them) of object
 *    literals typed as a registry entry or a parameter (FunctionSpec,
 *    ParamSpec and friends in src/functions/types.ts), and only those;
 *  - passes `void 0` for an argument whose parameter is called
 *    `description` (the parameter helpers `rate(name, description, …)`)
 *    and drops a default text of such a parameter;
 *  - marks every call of `cite(…)` pure, so that a source list no entry
 *    refers to any more (SRC in common.ts) and the source catalogue drop out
 *    of the minified bundle.
 * In src/core/sources.ts it drops everything of a catalogue entry but its
 * tag (title, publisher, address, date read, note), should a runtime module
 * import the catalogue again (the BBV findings carry their tags as literals,
 * kept equal to the catalogue by a test, so today it is not in the bundle).
 * What the runtime reads (id, params with names, kinds, bounds, defaults,
 * impl, and every message in src/core/messages.ts) is left as it is; the
 * bare-runtime test runs every help example against the built bundle.
 */
'use strict';
const path = require('path');
const ts = require('typescript');

const SRC = path.join(__dirname, '..', 'src');
/**
 * Where to strip what: files (a folder ends in a separator), the file that
 * declares the types whose properties go, those properties, and the names of
 * helper parameters whose argument goes.
 */
const RULES = [
  {
    files: path.join(SRC, 'functions', 'defs') + path.sep,
    types: path.join(SRC, 'functions', 'types.ts'),
    props: new Set(['help', 'sources', 'description', 'category', 'result']),
    params: new Set(['description']),
  },
  // the source catalogue, should a runtime module import it again: only the tags would stay
  {
    files: path.join(SRC, 'core', 'sources.ts'),
    types: path.join(SRC, 'core', 'sources.ts'),
    props: new Set(['title', 'publisher', 'url', 'read', 'why']),
    params: new Set(['title', 'file', 'anchor']),
  },
];
const STRIPPED = new Set(RULES.flatMap((r) => [...r.props]));

const ruleOf = (file) => {
  const f = path.resolve(file);
  return RULES.find((r) => (r.files.endsWith(path.sep) ? f.startsWith(r.files) : f === r.files));
};

/** The property `name` of the literal's contextual type is declared in the rule's types file (on every member of a union). */
function isSpecProperty(checker, literal, name, rule) {
  const declaredInTypes = (decl) => path.resolve(decl.getSourceFile().fileName) === rule.types;
  const type = checker.getContextualType(literal);
  if (!type) return false;
  const members = type.isUnion() ? type.types : [type];
  let found = false;
  for (const t of members) {
    const prop = checker.getPropertyOfType(checker.getApparentType(t), name);
    if (!prop) continue;
    if (!(prop.declarations || []).every(declaredInTypes)) return false;
    found = true;
  }
  return found;
}

function propertyName(p) {
  if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
  return undefined;
}

/** Indexes of the arguments whose parameter is a help-only one (helpers declared under the same rule only). */
function helpArgs(checker, call, rule) {
  const sig = checker.getResolvedSignature(call);
  const decl = sig && sig.getDeclaration();
  if (!decl || !decl.parameters || ruleOf(decl.getSourceFile().fileName) !== rule) return [];
  const out = [];
  decl.parameters.forEach((p, i) => {
    if (ts.isIdentifier(p.name) && rule.params.has(p.name.text) && i < call.arguments.length) out.push(i);
  });
  return out;
}

function isCiteCall(node) {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'cite';
}

/** @param {() => ts.Program} getProgram */
function stripHelp(getProgram) {
  return (context) => (sourceFile) => {
    const rule = ruleOf(sourceFile.fileName);
    if (!rule) return sourceFile;
    const checker = getProgram().getTypeChecker();
    const f = context.factory;
    const visit = (node) => {
      // Decide on the original node (the checker knows only those), then rebuild.
      if (ts.isObjectLiteralExpression(node)) {
        const keep = node.properties.filter((p) => {
          const name = propertyName(p);
          return !(name && rule.props.has(name) && isSpecProperty(checker, node, name, rule));
        });
        const props = keep.map((p) => ts.visitNode(p, visit));
        return f.updateObjectLiteralExpression(node, props);
      }
      if (ts.isParameter(node) && ts.isIdentifier(node.name) && rule.params.has(node.name.text) && node.initializer) {
        return f.updateParameterDeclaration(node, node.modifiers, node.dotDotDotToken, node.name, node.questionToken, node.type, undefined);
      }
      if (ts.isCallExpression(node)) {
        const drop = new Set(helpArgs(checker, node, rule));
        const pure = isCiteCall(node);
        const args = node.arguments.map((a, i) => (drop.has(i) ? f.createVoidZero() : ts.visitNode(a, visit)));
        const out = f.updateCallExpression(node, ts.visitNode(node.expression, visit), node.typeArguments, args);
        return pure ? ts.addSyntheticLeadingComment(out, ts.SyntaxKind.MultiLineCommentTrivia, '#__PURE__', false) : out;
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
}

module.exports = { stripHelp, STRIPPED };
