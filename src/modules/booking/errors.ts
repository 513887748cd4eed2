import { DomainError } from '../../platform/problems.ts';

// What can go wrong in the appointment book, in the words reception uses. Each names the field at fault.

export class SlotNotFound extends DomainError {
  constructor(slotId: string, pointer = '/body/slotId') {
    super('not-found', 'booking/slot-not-found', 'No slot with that id in this network.', { slotId }, [{ pointer, detail: 'unknown slot' }]);
  }
}

export class SlotInPast extends DomainError {
  constructor(slotId: string, startAt: Date) {
    super('unprocessable', 'booking/slot-in-past', `This slot started at ${startAt.toISOString()}; only future slots can be booked.`, { slotId }, [{ pointer: '/body/slotId', detail: 'slot is in the past' }]);
  }
}

export class ChannelNotAllowed extends DomainError {
  constructor(slotId: string, channel: string) {
    super('forbidden', 'booking/channel-not-allowed', `This slot is not released to bookings through "${channel}". Choose a slot offered to you in the search.`, { slotId, channel }, [{ pointer: '/body/slotId', detail: `not open to the ${channel} channel` }]);
  }
}

export class Embargoed extends DomainError {
  constructor(slotId: string, opensAt: Date) {
    super('unprocessable', 'booking/embargoed', `This slot opens for booking at ${opensAt.toISOString()}.`, { slotId, opensAt: opensAt.toISOString() }, [{ pointer: '/body/slotId', detail: `opens for booking at ${opensAt.toISOString()}` }]);
  }
}

export class QuotaExhausted extends DomainError {
  constructor(slotId: string, channel: string, day: string, limit: number) {
    super('conflict', 'booking/quota-exhausted', `The daily allowance of ${limit} booking(s) through "${channel}" into this provider on ${day} is used up.`, { slotId, channel, day, limit }, [{ pointer: '/body/slotId', detail: 'daily quota for this channel is used up' }]);
  }
}

export class SlotUnavailable extends DomainError {
  constructor(slotId: string) {
    super('conflict', 'booking/slot-unavailable', 'This slot is blocked (leave or a closure) and cannot be booked.', { slotId }, [{ pointer: '/body/slotId', detail: 'slot is blocked' }]);
  }
}

export class SlotTaken extends DomainError {
  constructor(slotId: string) {
    super('conflict', 'booking/slot-taken', 'Someone booked this slot a moment ago. Choose another slot.', { slotId }, [{ pointer: '/body/slotId', detail: 'already booked' }]);
  }
}

export class AppointmentNotFound extends DomainError {
  constructor(pointer = '/params/id') {
    super('not-found', 'booking/appointment-not-found', 'No appointment with that id in this network.', {}, [{ pointer, detail: 'unknown appointment' }]);
  }
}

export class InvalidTransition extends DomainError {
  constructor(from: string, to: string, why?: string, pointer = '/body/status') {
    super('conflict', 'booking/invalid-transition', why ?? `An appointment that is "${from}" cannot become "${to}".`, { from, to }, [{ pointer, detail: `not allowed from ${from}` }]);
  }
}

export class NotYourOrganisation extends DomainError {
  constructor(pointer: string) {
    super('forbidden', 'booking/not-your-organisation', 'You can manage rotas, leave and quotas only for the organisation you are working for. PCN managers working for the PCN can manage any.', {}, [{ pointer, detail: 'another organisation' }]);
  }
}

export class RotaInvalid extends DomainError {
  constructor(message: string, pointer: string) {
    super('invalid', 'booking/rota-invalid', message, {}, [{ pointer, detail: message }]);
  }
}

export class TemplateNotFound extends DomainError {
  constructor() {
    super('not-found', 'booking/rota-template-not-found', 'No rota template with that id in this network.', {}, [{ pointer: '/params/id', detail: 'unknown rota template' }]);
  }
}

export class BlockNotFound extends DomainError {
  constructor() {
    super('not-found', 'booking/block-not-found', 'No block with that id in this network.', {}, [{ pointer: '/params/id', detail: 'unknown block' }]);
  }
}

export class BlockInvalid extends DomainError {
  constructor(message: string, pointer: string) {
    super('invalid', 'booking/block-invalid', message, {}, [{ pointer, detail: message }]);
  }
}

export class QuotaInvalid extends DomainError {
  constructor(message: string, pointer: string) {
    super('invalid', 'booking/quota-invalid', message, {}, [{ pointer, detail: message }]);
  }
}

export class OrganisationNotFound extends DomainError {
  constructor(pointer: string) {
    super('not-found', 'booking/organisation-not-found', 'No organisation with that id in this network.', {}, [{ pointer, detail: 'unknown organisation' }]);
  }
}
