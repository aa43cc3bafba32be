// BEGIN
const greet = (name) => `Hello, ${name}!`;
// END

module.exports = { greet };
