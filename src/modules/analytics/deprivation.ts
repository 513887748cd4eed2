import { sql, type RawBuilder } from 'kysely';

/**
 * The IMD 2019 decile of every postcode the operator loaded (postcode upper case without spaces →
 * LSOA → decile), as a subquery `(postcode, imd_decile)` for other modules (population health), so
 * they reach the deprivation tables only through this module.
 */
export function imdDecileByPostcodeSql(): RawBuilder<unknown> {
  return sql`select pl.postcode, i.imd_decile from postcode_lsoa pl join imd_lsoa i on i.lsoa_code = pl.lsoa_code`;
}
