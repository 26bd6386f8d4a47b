-- When a round's invitation went out to a member's contacts: a member is mailed once per round, however often
-- staff press "send"; members invited later are mailed when it is pressed again.
alter table survey_invitation add column mailed_at timestamptz;
