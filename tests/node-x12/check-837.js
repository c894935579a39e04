// Parses each 837 file named on the command line with node-x12 in strict mode and prints one line per file:
// 'OK <file> groups=.. transactions=.. segments=.. claims=..' or 'ERROR <file> <message>'. Exit code 1 if any failed.
'use strict';
const fs = require('fs');
const { X12Parser } = require('node-x12');
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const edi = fs.readFileSync(file, 'utf8');
    const parsed = new X12Parser(true).parse(edi);
    const interchanges = parsed.interchanges ?? [parsed];
    let groups = 0, transactions = 0, segments = 0, claims = 0;
    for (const interchange of interchanges) {
      for (const group of interchange.functionalGroups) {
        groups++;
        for (const transaction of group.transactions) {
          transactions++;
          segments += transaction.segments.length;
          claims += transaction.segments.filter((s) => s.tag === 'CLM').length;
        }
      }
    }
    console.log(`OK ${file} groups=${groups} transactions=${transactions} segments=${segments} claims=${claims}`);
  } catch (error) {
    failed++;
    console.log(`ERROR ${file} ${error.name}: ${error.message}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
