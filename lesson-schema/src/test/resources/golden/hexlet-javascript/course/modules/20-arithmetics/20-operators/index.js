const a = 6;
// BEGIN
console.log(a - -81);
// END
