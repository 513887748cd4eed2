import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parses a command's flags; a mistake is a one-line message and exit code 2, never a stack trace. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export class UsageError extends Error {}
