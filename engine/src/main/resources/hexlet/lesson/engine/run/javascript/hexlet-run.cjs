'use strict';
// hexlet-lesson's JavaScript test entry: imports the lesson's test files in order, in this one
// process, so node's in-process test harness runs them and reports to hexlet-reporter.cjs, which
// the test command has already loaded with --require. A test file that cannot load becomes a
// compile error in the results; the other files still run.
//
// Usage: node --require R --test-reporter=R --test-reporter-destination=stderr hexlet-run.cjs FILE...
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { before } = require('node:test');
const reporter = require('./hexlet-reporter.cjs');

const files = process.argv.slice(2).map((f) => path.resolve(f));
if (files.length === 0) {
  process.stderr.write('hexlet-test: no test files given\n');
  process.exit(2);
}

(async () => {
  // A root hook makes node set up its reporters now, before learner code could call ours.
  before(() => {});
  await reporter.reporterStarted();
  for (const file of files) {
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      reporter.loadFailed(file, error);
    }
  }
})();
