const fs = require('node:fs');
const assert = require('node:assert');

const code = fs.readFileSync(`${__dirname}/index.js`, 'utf8');
assert.match(code, /^\/\/ You know nothing, Jon Snow!/);
