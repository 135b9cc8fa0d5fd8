// @ts-check
// Runs initdb in a new PGlite data folder, in a process of its own (see createDataFolder in client.ts). Plain JavaScript
// importing only a package, like the document reader, so no loader of the parent is needed.
import { PGlite } from '@electric-sql/pglite';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: create-data-folder.js DIR');
await (await PGlite.create(dir)).close();
