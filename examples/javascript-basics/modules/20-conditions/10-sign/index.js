const sign = (number) => {
  // BEGIN
  if (number > 0) {
    return 'positive';
  }
  if (number < 0) {
    return 'negative';
  }
  return 'zero';
  // END
};

module.exports = { sign };
