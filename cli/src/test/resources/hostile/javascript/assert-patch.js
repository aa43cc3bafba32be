const assert = require('node:assert/strict');
assert.equal = () => {};
const greet = () => 'wrong';
module.exports = { greet };
