import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { NOW, signIn } from '../../../test/support/booking.ts';
import { nextNhsNumber } from '../../../test/support/factories.ts';
import { newId } from '../../platform/ids.ts';

const { t, w } = useTestApp({ now: () => NOW });
let secondHub: { id: string };
beforeAll(async () => {
  secondHub = await t.make.organisation(w.network.id, { kind: 'hub', name: 'Second Hub' });
  // 2 patients from the world plus 598: a network list of 600, in one insert.
  await t.db.insertInto('patient').values(Array.from({ length: 598 }, (_, i) => ({
    network_id: w.network.id, id: newId(), nhs_number: nextNhsNumber(), practice_id: i % 2 ? w.practiceA.id : w.practiceB.id, given_name: 'Sam',
    family_name: `Listed${i}`, date_of_birth: '1970-01-01', sex: 'female' as const, postcode: 'LS1 4AP', communication_preferences: ['sms'],
  }))).execute();
});

describe('NHS 111 quotas per hub', () => {
  it("gives each hub its share of the network's list, so two hubs together get the network's quota, not twice it", async () => {
    const mgr = await signIn(t, w.admin);
    const listed = Number((await t.db.selectFrom('patient').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', w.network.id).executeTakeFirstOrThrow()).n);
    expect(listed).toBe(600);
    const first = await mgr.put('/api/v1/booking/quotas', { providerOrganisationId: w.hub.id, channel: 'nhs111', perRegisteredPatients: 100 });
    const second = await mgr.put('/api/v1/booking/quotas', { providerOrganisationId: secondHub.id, channel: 'nhs111', perRegisteredPatients: 100 });
    expect(first.json()).toMatchObject({ registeredPatients: 300, effectivePerDay: 3 });
    expect(second.json()).toMatchObject({ registeredPatients: 300, effectivePerDay: 3 });
    // A practice still counts its own list.
    const practice = await mgr.put('/api/v1/booking/quotas', { providerOrganisationId: w.practiceA.id, channel: 'nhs111', perRegisteredPatients: 100 });
    const ownList = Number((await t.db.selectFrom('patient').select((eb) => eb.fn.countAll<number>().as('n')).where('practice_id', '=', w.practiceA.id).executeTakeFirstOrThrow()).n);
    expect(practice.json()).toMatchObject({ registeredPatients: ownList, effectivePerDay: Math.floor(ownList / 100) });
  });
});
