-- Published for the modules (read-only): what they may show of a staff account and check of it,
-- its name, organisation and whether it is enabled; never its login name, password or settings.
CREATE VIEW platform.user_directory AS
  SELECT u.id, u.display_name, u.organization_id, u.enabled FROM platform.app_user u;
