import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

export class PromptCancelled extends Error {}

/** Asks one question on a terminal; the answer is trimmed. */
export async function ask(term: Terminal, question: string): Promise<string> {
  return (await readLine(term, question, false)).trim();
}

/**
 * Asks for a secret without echoing it: what is typed goes to a muted copy of the output, so neither
 * the characters nor their count appear on screen or in a terminal recording.
 */
export function askSecret(term: Terminal, question: string): Promise<string> {
  return readLine(term, question, true);
}

function readLine(term: Terminal, question: string, secret: boolean): Promise<string> {
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  term.output.write(question);
  const rl = createInterface({ input: term.input, output: secret ? muted : term.output, terminal: true });
  return new Promise<string>((resolve, reject) => {
    let answered = false;
    rl.on('SIGINT', () => {
      rl.close();
      term.output.write('\n');
      reject(new PromptCancelled('cancelled'));
    });
    rl.on('close', () => { if (!answered) reject(new PromptCancelled('no answer (end of input)')); });
    rl.question('', (answer) => {
      answered = true;
      rl.close();
      if (secret) term.output.write('\n');
      resolve(answer);
    });
  });
}
