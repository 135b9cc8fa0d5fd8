#!/usr/bin/env node
// The `parley` command runs the CLI and server compiled into dist/server (decision 013), compiling them first when
// there is no build yet or the sources changed since (after a `git pull`, or while developing).
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt } from '#scripts/build-server.js';

let entry;
try {
  entry = await ensureServerBuilt();
} catch (error) {
  console.error(`parley: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import(pathToFileURL(entry).href);
