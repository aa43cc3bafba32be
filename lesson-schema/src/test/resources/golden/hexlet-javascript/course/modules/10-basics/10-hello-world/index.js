// BEGIN
console.log('Hello, World!');
// END
