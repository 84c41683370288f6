#!/usr/bin/env node
// avantika-judge: runs judge workers (filled in by the judge issue).
process.stderr.write('avantika-judge: no commands yet\n');
process.exitCode = 2;
