import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { runTriageCommand } from './cli.ts';
import { triageRoutes } from './routes.ts';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runTriageCommand(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('commons triage', () => {
  it('prints the assessment as JSON', () => {
    const { code, out } = run(['--age', '45', '--sex', 'male', 'chest pain']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ urgency: 'emergency', role: 'emergency-services' });
  });

  it('accepts --pregnant and --age=N forms', () => {
    const { code, out } = run(['--age=30', '--sex=female', '--pregnant', 'bleeding']);
    expect(code).toBe(0);
    expect(JSON.parse(out).urgency).toBe('urgent');
  });

  it.each([
    [['--sex', 'male', 'cough'], /--age is required/],
    [['--age', '200', '--sex', 'male', 'cough'], /--age must be a whole number from 0 to 130/],
    [['--age', 'old', '--sex', 'male', 'cough'], /--age must be/],
    [['--age', '40', '--sex', 'other', 'cough'], /--sex must be female or male/],
    [['--age', '40', 'cough'], /--sex is required/],
    [['--age', '40', '--sex', 'male', '--pregnant', 'cough'], /--pregnant only applies/],
    [['--age', '40', '--sex', 'male', '--verbose', 'cough'], /Unknown option --verbose/],
  ])('rejects %j with a clear message and exit code 2', (argv, message) => {
    const { code, err, out } = run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/Usage: commons triage/);
    expect(out).toBe('');
  });
});

describe('POST /assess', () => {
  async function app() {
    const server = Fastify();
    await server.register(triageRoutes, { prefix: '/api/v1/triage' });
    return server;
  }

  it('returns the assessment, limited to the response schema', async () => {
    const server = await app();
    const res = await server.inject({ method: 'POST', url: '/api/v1/triage/assess', payload: { age: 2, sex: 'female', text: 'floppy and blue lips' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ urgency: 'emergency', role: 'emergency-services', rulesVersion: expect.any(String) });
    await server.close();
  });

  it.each([
    [{ age: 131, sex: 'male', text: 'cough' }],
    [{ age: 4.5, sex: 'male', text: 'cough' }],
    [{ age: 40, sex: 'x', text: 'cough' }],
    [{ age: 40, sex: 'male', text: 'x'.repeat(5001) }],
    [{ age: 40, sex: 'male' }],
  ])('refuses %j with a 400', async (payload) => {
    const server = await app();
    const res = await server.inject({ method: 'POST', url: '/api/v1/triage/assess', payload });
    expect(res.statusCode).toBe(400);
    await server.close();
  });
});
