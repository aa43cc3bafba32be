const { test } = require('node:test');
const assert = require('node:assert/strict');
const { hello } = require('./index.js');

test('returns the greeting', () => {
  assert.equal(hello(), 'Hello, World!');
});
