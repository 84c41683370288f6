#!/usr/bin/env node
// avantika-admin: operator commands (filled in by the storage and content issues).
process.stderr.write('avantika-admin: no commands yet\n');
process.exitCode = 2;
