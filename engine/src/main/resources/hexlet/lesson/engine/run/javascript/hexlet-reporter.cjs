'use strict';
// hexlet-lesson's node:test reporter. The test command loads it twice, and node hands both the
// same module: first with --require, before any test file or learner code, and then as the
// --test-reporter of node's in-process test harness, which feeds it the raw test events. The test
// files run in this one process (hexlet-run.cjs imports them), so there is no child protocol that
// learner code could speak in the tests' name. Sent into each container with the lesson; never
// baked into an image.
//
// At load it: reads the run's key from $HEXLET_NONCE_FILE, deletes the file and keeps the key only
// inside an HMAC object made there and then; takes every function it uses later from the built-ins
// as they are now, so code that replaces them later changes nothing here; and freezes node:assert,
// node:assert/strict and node:test, whose functions the tests call; and keeps the text of the
// lesson's CommonJS files, which are compiled from it when required.
//
// When the events end it writes JUnit XML to $HEXLET_RESULTS (temp file and rename), signed with
// an HMAC-SHA256 of the document as the hexlet-lesson:signature property. A test file that cannot
// load (a syntax error, a throw at the top of the learner's module) becomes one hexlet-lesson:compile
// error naming the learner's file and line; a process that ends before the events do
// (process.exit in the learner's code) writes the tests so far and one hexlet-lesson:ended-early
// error.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const COMPILE_ERROR_TYPE = 'hexlet-lesson:compile';
const ENDED_EARLY_TYPE = 'hexlet-lesson:ended-early';
const SIGNATURE_PROPERTY = 'hexlet-lesson:signature';
const MAX_TEXT = 16 * 1024;

// Built-ins called through these bound copies, never through a prototype learner code can reach.
const uncurry = Function.prototype.call.bind(Function.prototype.bind, Function.prototype.call);
const push = uncurry(Array.prototype.push);
const join = uncurry(Array.prototype.join);
const indexOf = uncurry(Array.prototype.indexOf);
const slice = uncurry(String.prototype.slice);
const split = uncurry(String.prototype.split);
const trim = uncurry(String.prototype.trim);
const startsWith = uncurry(String.prototype.startsWith);
const includes = uncurry(String.prototype.includes);
const charCodeAt = uncurry(String.prototype.charCodeAt);
const regexExec = uncurry(RegExp.prototype.exec);
const toFixed = uncurry(Number.prototype.toFixed);
const freeze = Object.freeze;
const getOwnPropertyNames = Object.getOwnPropertyNames;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const StringOf = String;
const { writeFileSync, renameSync, mkdirSync, writeSync } = fs;
const { resolve, relative: relativePath, dirname, join: joinPath, basename, sep } = path;
const processOn = uncurry(process.on);
const env = process.env;
const pid = process.pid;

const fail = (message) => {
  writeSync(2, `hexlet-test: ${message}\n`);
  process.exit(2);
};

const resultsPath = env.HEXLET_RESULTS;
if (!resultsPath) {
  fail('HEXLET_RESULTS is not set');
}
const lessonDir = env.HEXLET_LESSON_DIR || process.cwd();

// The key lives only inside this HMAC object, set up before any learner code runs; what is signed
// later goes through the object's methods as they are now.
let sign = null;
try {
  const file = env.HEXLET_NONCE_FILE;
  if (file) {
    const key = fs.readFileSync(file);
    fs.rmSync(file);
    if (key.length > 0) {
      const hmac = crypto.createHmac('sha256', key);
      key.fill(0);
      const update = uncurry(hmac.update);
      const digest = uncurry(hmac.digest);
      sign = (text) => digest(update(hmac, text, 'utf8'), 'hex');
    }
  }
} catch (e) {
  fail(`cannot read the key file: ${e.message}`);
}

const deepFreeze = (value) => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    return;
  }
  freeze(value);
  const names = getOwnPropertyNames(value);
  for (let i = 0; i < names.length; i += 1) {
    const property = getOwnPropertyDescriptor(value, names[i]);
    if (typeof property.value === 'function' && names[i] !== 'prototype') {
      freeze(property.value);
    }
  }
};
// What the tests call must stay what node made it: `assert.equal = () => {}` does nothing.
deepFreeze(require('node:assert'));
deepFreeze(require('node:assert/strict'));
deepFreeze(require('node:test'));

// The lesson's CommonJS files as they are now, before any learner code runs, and compiled from
// this text whenever they are required: learner code that rewrites a lesson file on disk before a
// test requires it (a helper with the expected values, a later test file) changes nothing. Files
// that were not there now, node_modules, and files of packages that declare ES modules (which
// node's ES module loader reads) load as node loads them. All of it is decided now.
const lessonSources = (() => {
  const { readdirSync, readFileSync, realpathSync } = fs;
  const parseJson = JSON.parse;
  const found = new Map();
  // Whether the folder's package.json declares ES modules; undefined where it has none.
  const declaresModules = (dir) => {
    try {
      return parseJson(readFileSync(joinPath(dir, 'package.json'), 'utf8')).type === 'module';
    } catch (e) {
      return undefined;
    }
  };
  const walk = (dir, inherited) => {
    const declared = declaresModules(dir);
    const modules = declared === undefined ? inherited : declared;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return;
    }
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i];
      const file = joinPath(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') {
        walk(file, modules);
      } else if (!modules && entry.isFile() && regexExec(/\.c?js$/, entry.name) !== null) {
        try {
          found.set(realpathSync(file), readFileSync(file, 'utf8'));
        } catch (e) {
          // Unreadable now: node meets it when a test requires it.
        }
      }
    }
  };
  // As node does: the nearest package.json above the lesson decides for it.
  let above;
  for (let dir = dirname(lessonDir); above === undefined; dir = dirname(dir)) {
    above = declaresModules(dir);
    if (dirname(dir) === dir) {
      break;
    }
  }
  walk(lessonDir, above === true);
  return found;
})();
const sourceOf = uncurry(Map.prototype.get);
const Module = require('node:module');
const loadJs = Module._extensions['.js'];
const compile = uncurry(Module.prototype._compile);
Module._extensions['.js'] = function loadLessonSource(module, filename) {
  const text = sourceOf(lessonSources, filename);
  if (text === undefined) {
    return loadJs(module, filename);
  }
  return compile(module, charCodeAt(text, 0) === 0xfeff ? slice(text, 1) : text, filename);
};

const relative = (file) => {
  const rel = relativePath(lessonDir, file);
  return startsWith(rel, '..') ? file : rel;
};

const clip = (text) => (text.length > MAX_TEXT ? `${slice(text, 0, MAX_TEXT)}\n[... cut]` : text);

// A stack trace without node's own frames, with paths as the learner sees them.
const INTERNAL_FRAME = /^\s+at .*(node:internal|node:async_hooks|\(node:)/;
const withoutInternals = (stack) => {
  const kept = [];
  const lines = split(stack, '\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (regexExec(INTERNAL_FRAME, lines[i]) === null) {
      push(kept, lines[i]);
    }
  }
  return join(split(join(kept, '\n'), `${lessonDir}${sep}`), '');
};

const problemOf = (error) => {
  const cause = error && error.cause ? error.cause : error;
  if (!cause) {
    return { type: 'Error', message: 'failed', details: '' };
  }
  const message = trim(StringOf(cause.message ?? cause)) || StringOf(cause);
  const stack = typeof cause.stack === 'string' ? withoutInternals(cause.stack) : message;
  const type = cause.code || cause.name || (error && error.failureType) || 'Error';
  return { type: StringOf(type), message, details: stack };
};

// "index.js:3: SyntaxError: Unexpected token '}'" from an error's stack, which for a syntax error
// starts with the learner's file and line.
const ERROR_LINE = /^([A-Za-z_$][\w$]*)?(Error|Exception)\b/;
const HEADER = /^(\/[^:\s]+):(\d+)$/;
const FRAME = /\((\/[^:\s)]+):(\d+):\d+\)$/;
const BARE_FRAME = /at (\/[^:\s]+):(\d+):\d+$/;
const loadError = (text) => {
  const lines = split(text, '\n');
  let errorLine = null;
  let where = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (errorLine === null && regexExec(ERROR_LINE, line) !== null) {
      errorLine = trim(line);
    }
    const found = regexExec(HEADER, line) || regexExec(FRAME, line) || regexExec(BARE_FRAME, line);
    if (where === null && found && !includes(found[1], 'node_modules')) {
      where = `${relative(found[1])}:${found[2]}`;
    }
  }
  if (errorLine === null) {
    return trim(text) || 'the test file could not be loaded';
  }
  return where ? `${where}: ${errorLine}` : errorLine;
};

// One node per reported test; a node with children is a describe block (a suite).
const newNode = (name, parent) => ({ name, parent, children: [], status: null });
const files = [];
const roots = [];
const open = [];
const cases = [];

const fileIndex = (file) => {
  const absolute = resolve(file);
  let index = indexOf(files, absolute);
  if (index < 0) {
    index = files.length;
    push(files, absolute);
    push(roots, newNode('', null));
    push(open, []);
  }
  return index;
};

let lastFile = null;
const nodeFor = (data) => {
  const index = fileIndex(data.file || lastFile || joinPath(lessonDir, 'test'));
  const stack = open[index];
  const nesting = data.nesting | 0;
  const existing = stack[nesting];
  if (existing && existing.name === data.name && existing.status === null) {
    return existing;
  }
  const parent = nesting === 0 ? roots[index] : stack[nesting - 1] ?? roots[index];
  const node = newNode(StringOf(data.name), parent);
  push(parent.children, node);
  stack[nesting] = node;
  stack.length = nesting + 1;
  return node;
};

const report = (type, data) => {
  const node = nodeFor(data);
  node.durationMs = data.details?.duration_ms ?? 0;
  if (data.skip !== undefined && data.skip !== false) {
    node.status = 'skipped';
    node.message = typeof data.skip === 'string' ? data.skip : 'skipped';
  } else if (data.todo !== undefined && data.todo !== false) {
    node.status = 'skipped';
    node.message = typeof data.todo === 'string' ? `todo: ${data.todo}` : 'todo';
  } else if (type === 'test:pass') {
    node.status = 'passed';
  } else {
    node.status = 'failed';
    node.problem = problemOf(data.details?.error);
  }
  writeSync(2, `${node.status === 'failed' ? '✖' : '✔'} ${node.name}\n`);
};

const ESCAPES = { 38: '&amp;', 60: '&lt;', 62: '&gt;' };
const ATTRIBUTE_ESCAPES = { 34: '&quot;', 10: '&#10;' };
const escape = (value, attribute) => {
  const text = StringOf(value);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = charCodeAt(text, i);
    if (c === 38 || c === 60 || c === 62) {
      out += ESCAPES[c];
    } else if (attribute && (c === 34 || c === 10)) {
      out += ATTRIBUTE_ESCAPES[c];
    } else if (c === 13) {
      out += '&#13;';
    } else if ((c < 32 && c !== 9 && c !== 10) || c === 0xfffe || c === 0xffff) {
      out += '\uFFFD';
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < text.length ? charCodeAt(text, i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i += 1;
      } else {
        out += '\uFFFD';
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\uFFFD';
    } else {
      out += text[i];
    }
  }
  return out;
};

const seconds = (ms) => toFixed((ms ?? 0) / 1000, 3);

const render = (endedEarly) => {
  let failed = cases.length > 0 || endedEarly;
  const renderNode = (node, indent) => {
    if (node.children.length > 0) {
      let inner = '';
      let childFailed = false;
      for (let i = 0; i < node.children.length; i += 1) {
        inner += renderNode(node.children[i], `${indent}  `);
        childFailed = childFailed || node.children[i].status === 'failed';
      }
      const head = `${indent}<testsuite name="${escape(node.name, true)}">\n`;
      if (node.status === 'failed' && !childFailed) {
        failed = true;
        const p = node.problem;
        return `${head}${inner}`
          + `${indent}  <testcase classname="test" name="${escape(node.name, true)}">`
          + `<failure type="${escape(p.type, true)}" message="${escape(p.message, true)}">`
          + `${escape(clip(p.details), false)}</failure></testcase>\n${indent}</testsuite>\n`;
      }
      return `${head}${inner}${indent}</testsuite>\n`;
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
  for (let f = 0; f < roots.length; f += 1) {
    const children = roots[f].children;
    for (let i = 0; i < children.length; i += 1) {
      body += renderNode(children[i], '    ');
    }
  }
  const all = [];
  for (let i = 0; i < cases.length; i += 1) {
    push(all, cases[i]);
  }
  if (endedEarly) {
    push(all, {
      type: ENDED_EARLY_TYPE,
      name: 'ended-early',
      message: 'the tests did not finish: the process ended before its tests did'
        + ' (does the code call process.exit?)',
      details: '',
    });
  }
  for (let i = 0; i < all.length; i += 1) {
    const c = all[i];
    body += `    <testcase classname="hexlet-lesson" name="${c.name}">`
      + `<error type="${c.type}" message="${escape(c.message, true)}">`
      + `${escape(clip(c.details), false)}</error></testcase>\n`;
  }
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="node:test">\n';
  const tail = `${body}  </testsuite>\n</testsuites>\n`;
  const property = (value) => `    <properties><property name="${SIGNATURE_PROPERTY}"`
    + ` value="${value}"/></properties>\n`;
  const xml = sign === null ? head + tail : head + property(sign(head + property('') + tail)) + tail;
  return { xml, failed };
};

// Written once: at the end of the events, or when the process ends before them.
let written = false;
const write = (endedEarly) => {
  if (written) {
    return;
  }
  written = true;
  const { xml, failed } = render(endedEarly);
  const absolute = resolve(resultsPath);
  const temp = joinPath(dirname(absolute), `.results-${pid}.xml`);
  mkdirSync(dirname(temp), { recursive: true });
  writeFileSync(temp, xml);
  renameSync(temp, absolute);
  process.exitCode = failed ? 1 : 0;
};
processOn(process, 'exit', () => write(true));

// node's harness calls the reporter once, with its own event stream, when the entry asks for it
// before any test file loads; a later call (by learner code that required this module) is ignored.
let started = false;
let markStarted;
const reporterStarted = new Promise((done) => {
  markStarted = done;
});

async function* hexletReporter(source) {
  if (started) {
    return;
  }
  started = true;
  markStarted();
  for await (const event of source) {
    const data = event.data;
    switch (event.type) {
      case 'test:start':
        lastFile = data.file || lastFile;
        nodeFor(data);
        break;
      case 'test:pass':
      case 'test:fail':
        report(event.type, data);
        break;
      default:
        break;
    }
  }
  write(false);
}

// Used by hexlet-run.cjs only; exposing them is harmless: an added load error only makes a verdict
// worse, and the harness has called the reporter by the time learner code could.
hexletReporter.reporterStarted = () => reporterStarted;
hexletReporter.loadFailed = (file, error) => {
  fileIndex(file);
  if (cases.length > 0) {
    // One compile error says what to fix first; a second case of the same name would be refused.
    return;
  }
  const stack = error && typeof error.stack === 'string' ? error.stack : StringOf(error);
  push(cases, {
    type: COMPILE_ERROR_TYPE,
    name: 'compile',
    message: loadError(stack),
    details: withoutInternals(stack),
  });
};
module.exports = freeze(hexletReporter);
