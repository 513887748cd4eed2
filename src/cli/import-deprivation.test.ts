import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { importCommand } from './import.ts';

// The two deprivation files, in the shape they are published: IoD2019 File 7's long headers, and the
// ONS postcode directory's short ones. Loading again replaces an LSOA's decile, never duplicates it.

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

const dir = mkdtempSync(join(tmpdir(), 'commons-imd-'));
const run = async (...args: string[]) => {
  const lines: string[] = [];
  const code = await importCommand(args, { open: async () => ({ db: t.db, engine: t.engine, close: async () => {} }), log: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
};

describe('commons import imd and postcode-lsoa', () => {
  it('loads IMD deciles from the IoD2019 columns, leaving out rows without a code or decile', async () => {
    const file = join(dir, 'File_7.csv');
    writeFileSync(file, [
      'LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),Index of Multiple Deprivation (IMD) Score,"Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)","Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)"',
      'E01011264,Leeds 001A,E08000035,Leeds,12.3,20111,7',
      'E01011265,Leeds 001B,E08000035,Leeds,55.1,1203,1',
      'not-a-code,Nowhere,E08000035,Leeds,1,1,3',
      'E01011266,Leeds 001C,E08000035,Leeds,1,1,11',
    ].join('\n'));
    expect(await run('imd', file)).toMatchObject({ code: 0, out: expect.stringContaining('Loaded the IMD decile of 2 LSOAs; 2 rows') });
    writeFileSync(file, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01011264,6\n');
    expect((await run('imd', file)).code).toBe(0);
    const rows = await t.db.selectFrom('imd_lsoa').select(['lsoa_code', 'imd_decile']).orderBy('lsoa_code').execute();
    expect(rows).toEqual([{ lsoa_code: 'E01011264', imd_decile: 6 }, { lsoa_code: 'E01011265', imd_decile: 1 }]);
  });

  it('loads postcodes without spaces, upper case, and says which column it could not find', async () => {
    const file = join(dir, 'NSPL.csv');
    writeFileSync(file, 'pcd,pcd2,pcds,lsoa11,lsoa21\nLS1  4AP,LS1  4AP,ls1 4ap,E01011264,E01033012\n');
    expect((await run('postcode-lsoa', file)).code).toBe(0);
    expect(await t.db.selectFrom('postcode_lsoa').selectAll().execute()).toEqual([{ postcode: 'LS14AP', lsoa_code: 'E01033012' }]);
    writeFileSync(file, 'postcode,ward\nLS1 4AP,City\n');
    expect((await run('postcode-lsoa', file)).code).toBe(1);
  });
});
