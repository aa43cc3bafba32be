// BEGIN
console.log(81 / 9);
// END
