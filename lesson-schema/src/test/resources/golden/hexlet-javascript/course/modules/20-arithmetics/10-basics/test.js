const { execFileSync } = require('node:child_process');
const assert = require('node:assert');

const output = execFileSync('node', ['index.js'], { encoding: 'utf8' });
assert.strictEqual(output.trim(), '9');
