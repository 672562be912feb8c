-- Issue 10: reminders, their recipients and the outbox leave the follow-up module for a module of their own
-- (docs/adr/0011). Their tables move, with their data, from schema followup to schema reminder. Grants to the
-- application role follow from afterMigrate__grant_application_role.sql, which covers every schema the owner created.

create schema reminder;

alter table followup.owner_contact set schema reminder;
alter table followup.outbox set schema reminder;
alter table followup.reminder_sent set schema reminder;

-- A module's tables do not reference another module's: reminder_sent keeps the round's id (given by the follow-up's
-- facade) without a foreign key into followup.round. Rounds are never deleted, so no row loses its round.
alter table reminder.reminder_sent drop constraint reminder_sent_round_id_fkey;
