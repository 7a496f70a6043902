-- A scenario drafted from a stored plan keeps where each of its first values came from: the plan's line and
-- words, or the note of an assumption to fill. based_on then reads "plan:<id>".
alter table scenarios add column provenance jsonb;
