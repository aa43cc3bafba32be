// hexlet-lesson's JavaScript test launcher: runs test files with node's built-in test runner
// (node:test's run(), node 18.9 or newer) and writes JUnit XML from the raw events to
// $HEXLET_RESULTS. Test files run in child processes, so learner code never runs in this one.
// Sent into each container with the lesson; never baked into an image.
//
// Beyond node's own junit reporter it: signs the results (an HMAC-SHA256 of the document as the
// hexlet-lesson:signature property) with the run's key, random bytes read from $HEXLET_NONCE_FILE
// and deleted before any test file starts; turns a test file that cannot load
// (a syntax error, a throw at the top of the learner's module) into one hexlet-lesson:compile error
// naming the learner's file and line; and turns a test file whose process ended without reporting
// its tests (process.exit in the learner's code) into one hexlet-lesson:ended-early error.
//
// Usage: node hexlet-test.mjs TEST_FILE...
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';

const COMPILE_ERROR_TYPE = 'hexlet-lesson:compile';
const ENDED_EARLY_TYPE = 'hexlet-lesson:ended-early';
const SIGNATURE_PROPERTY = 'hexlet-lesson:signature';
const MAX_TEXT = 16 * 1024;

const readKey = () => {
  const file = process.env.HEXLET_NONCE_FILE;
  if (!file) {
    return null;
  }
  const value = fs.readFileSync(file);
  fs.rmSync(file);
  return value.length > 0 ? value : null;
};

const fail = (message) => {
  process.stderr.write(`hexlet-test: ${message}\n`);
  process.exit(2);
};

const resultsPath = process.env.HEXLET_RESULTS;
if (!resultsPath) {
  fail('HEXLET_RESULTS is not set');
}
let key;
try {
  key = readKey();
} catch (e) {
  fail(`cannot read the key file: ${e.message}`);
}
const lessonDir = process.env.HEXLET_LESSON_DIR || process.cwd();
const files = process.argv.slice(2).map((f) => path.resolve(f));
if (files.length === 0) {
  fail('no test files given');
}

const relative = (file) => {
  const rel = path.relative(lessonDir, file);
  return rel.startsWith('..') ? file : rel;
};

// One node per reported test; a node with children is a describe block (a suite).
const newNode = (name, parent) => ({ name, parent, children: [], status: null });
const roots = new Map(files.map((f) => [f, newNode('', null)]));
const open = new Map(files.map((f) => [f, []]));
const output = new Map(files.map((f) => [f, []]));

const fileOf = (data) => {
  if (data.file && roots.has(path.resolve(data.file))) {
    return path.resolve(data.file);
  }
  return files.find((f) => relative(f) === data.file || path.basename(f) === data.file) ?? files[0];
};

const nodeFor = (data) => {
  const file = fileOf(data);
  const stack = open.get(file);
  const existing = stack[data.nesting];
  if (existing && existing.name === data.name && existing.status === null) {
    return existing;
  }
  const parent = data.nesting === 0 ? roots.get(file) : stack[data.nesting - 1] ?? roots.get(file);
  const node = newNode(data.name, parent);
  parent.children.push(node);
  stack[data.nesting] = node;
  stack.length = data.nesting + 1;
  return node;
};

const clip = (text) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n[... cut]` : text);

// A stack trace without node's own frames, with paths as the learner sees them.
const withoutInternals = (stack) => stack
  .split('\n')
  .filter((line) => !/^\s+at .*(node:internal|node:async_hooks|\(node:)/.test(line))
  .join('\n')
  .split(`${lessonDir}${path.sep}`)
  .join('');

const problemOf = (error) => {
  const cause = error && error.cause ? error.cause : error;
  if (!cause) {
    return { type: 'Error', message: 'failed', details: '' };
  }
  const message = String(cause.message ?? cause).trim() || String(cause);
  const stack = typeof cause.stack === 'string' ? withoutInternals(cause.stack) : message;
  const type = cause.code || cause.name || (error && error.failureType) || 'Error';
  return { type: String(type), message, details: stack };
};

const report = (event) => {
  const { data } = event;
  const node = nodeFor(data);
  node.durationMs = data.details?.duration_ms ?? 0;
  if (data.skip !== undefined && data.skip !== false) {
    node.status = 'skipped';
    node.message = typeof data.skip === 'string' ? data.skip : 'skipped';
  } else if (data.todo !== undefined && data.todo !== false) {
    node.status = 'skipped';
    node.message = typeof data.todo === 'string' ? `todo: ${data.todo}` : 'todo';
  } else if (event.type === 'test:pass') {
    node.status = 'passed';
  } else {
    node.status = 'failed';
    node.problem = problemOf(data.details?.error);
  }
  process.stderr.write(`${node.status === 'failed' ? '✖' : '✔'} ${data.name}\n`);
};

for await (const event of run({ files })) {
  switch (event.type) {
    case 'test:start':
      nodeFor(event.data);
      break;
    case 'test:pass':
    case 'test:fail':
      report(event);
      break;
    case 'test:stdout':
    case 'test:stderr':
      output.get(fileOf(event.data)).push(event.data.message);
      process.stderr.write(event.data.message);
      break;
    default:
      break;
  }
}

// The file-level test node reports for a file whose process did not report tests of its own.
const fileLevel = (file) => {
  const children = roots.get(file).children;
  const names = [relative(file), path.basename(file), file];
  return children.length === 1 && children[0].children.length === 0 && names.includes(children[0].name)
    ? children[0]
    : null;
};

// "index.js:3: SyntaxError: Unexpected token '}'" from the file's stderr, or null.
const loadError = (text) => {
  const lines = text.split('\n');
  // A plain Error counts as much as a SyntaxError or a TypeError.
  const errorLine = lines.find((l) => /^([A-Za-z_$][\w$]*)?(Error|Exception)\b/.test(l));
  if (!errorLine) {
    return null;
  }
  let where = null;
  for (const line of lines) {
    const header = line.match(/^(\/[^:\s]+):(\d+)$/);
    const frame = line.match(/\((\/[^:\s)]+):(\d+):\d+\)$/) || line.match(/at (\/[^:\s]+):(\d+):\d+$/);
    const found = header || frame;
    if (found && !found[1].includes('node_modules')) {
      where = `${relative(found[1])}:${found[2]}`;
      break;
    }
  }
  return where ? `${where}: ${errorLine.trim()}` : errorLine.trim();
};

const cases = [];
for (const file of files) {
  const only = fileLevel(file);
  if (!only) {
    continue;
  }
  const text = output.get(file).join('');
  const error = only.status === 'failed' ? loadError(text) : null;
  roots.get(file).children = [];
  if (error) {
    cases.push({
      type: COMPILE_ERROR_TYPE, name: 'compile', message: error, details: withoutInternals(text),
    });
  } else {
    const message = `the tests did not finish: ${relative(file)} ended before reporting its tests`
      + ' (does the code call process.exit?)';
    cases.push({ type: ENDED_EARLY_TYPE, name: 'ended-early', message, details: text });
  }
}

const escape = (text, attribute) => String(text)
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
  .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  .replace(/&/g, '&amp;')
  .replace(/</g, '&lt;')
  .replace(/>/g, '&gt;')
  .replace(/"/g, attribute ? '&quot;' : '"')
  .replace(/\n/g, attribute ? '&#10;' : '\n')
  .replace(/\r/g, '&#13;');

const seconds = (ms) => ((ms ?? 0) / 1000).toFixed(3);
let failed = cases.length > 0;

const renderNode = (node, indent) => {
  if (node.children.length > 0) {
    const inner = node.children.map((c) => renderNode(c, `${indent}  `)).join('');
    if (node.status === 'failed' && node.children.every((c) => c.status !== 'failed')) {
      failed = true;
      const p = node.problem;
      return `${indent}<testsuite name="${escape(node.name, true)}">\n${inner}`
        + `${indent}  <testcase classname="test" name="${escape(node.name, true)}">`
        + `<failure type="${escape(p.type, true)}" message="${escape(p.message, true)}">`
        + `${escape(clip(p.details), false)}</failure></testcase>\n${indent}</testsuite>\n`;
    }
    return `${indent}<testsuite name="${escape(node.name, true)}">\n${inner}${indent}</testsuite>\n`;
  }
  const head = `${indent}<testcase classname="test" name="${escape(node.name, true)}"`
    + ` time="${seconds(node.durationMs)}"`;
  if (node.status === 'passed') {
    return `${head}/>\n`;
  }
  if (node.status === 'skipped') {
    return `${head}><skipped message="${escape(node.message, true)}"/></testcase>\n`;
  }
  failed = true;
  const p = node.problem ?? { type: 'cancelled', message: 'the test did not finish', details: '' };
  return `${head}><failure type="${escape(p.type, true)}" message="${escape(p.message, true)}">`
    + `${escape(clip(p.details), false)}</failure></testcase>\n`;
};

let body = '';
for (const file of files) {
  for (const node of roots.get(file).children) {
    body += renderNode(node, '    ');
  }
}
for (const c of cases) {
  body += `    <testcase classname="hexlet-lesson" name="${c.name}">`
    + `<error type="${c.type}" message="${escape(c.message, true)}">`
    + `${escape(clip(c.details), false)}</error></testcase>\n`;
}
const empty = `name="${SIGNATURE_PROPERTY}" value=""`;
const properties = key === null ? '' : `    <properties><property ${empty}/></properties>\n`;
let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="node:test">\n'
  + `${properties}${body}  </testsuite>\n</testsuites>\n`;
if (key !== null) {
  const signature = crypto.createHmac('sha256', key).update(xml, 'utf8').digest('hex');
  xml = xml.replace(empty, `name="${SIGNATURE_PROPERTY}" value="${signature}"`);
}

const temp = path.join(path.dirname(path.resolve(resultsPath)), `.results-${process.pid}.xml`);
fs.mkdirSync(path.dirname(temp), { recursive: true });
fs.writeFileSync(temp, xml);
fs.renameSync(temp, resultsPath);
process.exitCode = failed ? 1 : 0;
