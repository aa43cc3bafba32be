const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { greet } = require('./index.js');

describe('greet', () => {
  test('greets by name', () => {
    assert.equal(greet('Ada'), 'Hello, Ada!');
  });

  test('greets another name', () => {
    assert.equal(greet('Brendan'), 'Hello, Brendan!');
  });
});
