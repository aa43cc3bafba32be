const hello = () => {
  // BEGIN
  return 'Hello, World!';
  // END
};

module.exports = { hello };
