#!/usr/bin/env node
// The `commons` command. TypeScript sources run through tsx's loader, so no compile step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
