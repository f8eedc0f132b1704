/** Prints the plain closing line CI reads: "N passed, N failed" (", N skipped" when any). */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const db = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
    console.log(`\n${db}: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
module.exports = SummaryReporter;
