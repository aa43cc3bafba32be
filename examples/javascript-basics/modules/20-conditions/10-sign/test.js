const { test } = require('node:test');
const assert = require('node:assert/strict');
const { sign } = require('./index.js');

test('positive numbers', () => {
  assert.equal(sign(5), 'positive');
  assert.equal(sign(1000000), 'positive');
});

test('negative numbers', () => {
  assert.equal(sign(-3), 'negative');
});

test('zero', () => {
  assert.equal(sign(0), 'zero');
});
