-- The directory also tells a staff account's role, so that a module can offer, say, the delivery
-- staff and 民生委員 of an organisation as watchers.
CREATE OR REPLACE VIEW platform.user_directory AS
  SELECT u.id, u.display_name, u.organization_id, u.enabled, u.role FROM platform.app_user u;
