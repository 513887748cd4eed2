-- Booking: an appointment added no longer marks its day changed by a trigger of its own; the slot it
-- takes marks it. Every path that adds an appointment claims its slot in the same transaction (the
-- one-statement booking and reschedule, the step-by-step booking, the patient's online booking; the
-- demo load writes its slots too), and an appointment starts when its slot does, so slot's update (or
-- insert) trigger from 0029 has already marked the same London day. The second mark cost each booking a
-- statement trigger, a row in booking_changed_day and a place in the queue for that table's last index
-- page, for nothing the dashboard's refresh did not already know. Changing or cancelling an appointment
-- still marks its day (appointment_changed_days_update, _delete).
drop trigger appointment_changed_days_insert on appointment;
