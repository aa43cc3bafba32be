const assert = require('node:assert');

module.exports = (actual, expected) => assert.strictEqual(actual, expected);
