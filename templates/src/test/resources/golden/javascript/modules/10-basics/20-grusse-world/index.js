const greet = (name) => {
  // BEGIN
  return `Hello, ${name}!`;
  // END
};

module.exports = { greet };
