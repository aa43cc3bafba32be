const { test } = require('node:test');
const assert = require('node:assert/strict');
const { greet } = require('./index.js');

test('greets by name', () => {
  assert.equal(greet('Ada'), 'Hello, Ada!');
});

test('greets another name', () => {
  assert.equal(greet('Brendan'), 'Hello, Brendan!');
});
