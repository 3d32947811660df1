// Imported first by the benchmark: graphql-js and Express pick their production code paths when
// the module loads (graphql's development-only instanceOf checks alone cost ~20 ms on a coverage
// answer at `large`). The Dockerfile runs the server with NODE_ENV=production; so does the benchmark.
process.env['NODE_ENV'] ??= 'production';
