-- The work list's worker chooser lists the staff of the user's organisation.
CREATE INDEX app_user_organization ON platform.app_user (organization_id, display_name);
