-- A mutual-aid supporter (応援者) may bring an intake from a visit.
ALTER TABLE consultation.intake DROP CONSTRAINT intake_reporter_kind_check;
ALTER TABLE consultation.intake ADD CONSTRAINT intake_reporter_kind_check CHECK (reporter_kind IN
  ('SELF','FAMILY','NEIGHBOUR','WELFARE_VOLUNTEER','SALON_HOST','SUPPORTER','DELIVERY','PROFESSIONAL','OTHER'));
