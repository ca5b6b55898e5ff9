-- Consultation rows for the numbers benchmark, on the city-scale set (bench/city-benchmark.sh
-- --generate-only): over the year up to today, 100,000 cases led by the 19 社協, 120,000 intakes
-- at 349 windows (one per 自治会, received by its ward's 社協; 100,000 became cases), 150,000
-- referrals to 包括, 自立相談 and NPOs in every state. Deterministic (arithmetic on the row number).
BEGIN;
CREATE TEMP TABLE shakyo AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM people.organization WHERE type = 'SHAKYO';
CREATE TEMP TABLE receivers AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM people.organization
   WHERE type IN ('COMMUNITY_CARE_CENTER', 'SELF_RELIANCE_SUPPORT', 'NPO');
CREATE TEMP TABLE towns AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM people.area WHERE level = 'TOWN';
CREATE TEMP TABLE associations AS
  SELECT row_number() OVER (ORDER BY id) AS n, id, name FROM people.area WHERE level = 'ASSOCIATION';

INSERT INTO consultation.consultation_window (name, kind, organization_id, receiving_org_id, area_id)
SELECT a.name || 'サロン', 'SALON', s.id, s.id, a.id
  FROM associations a JOIN shakyo s ON s.n = 1 + a.n % (SELECT count(*) FROM shakyo);
CREATE TEMP TABLE windows AS
  SELECT row_number() OVER (ORDER BY id) AS n, id, receiving_org_id FROM consultation.consultation_window;

INSERT INTO consultation.support_case (reference, subject_description, title, lead_org_id, area_id,
    urgency, status, opened_at, first_contact_at, closed_at, closed_reason, created_by)
SELECT 'NB-' || i, 'benchmark', 'benchmark', w.receiving_org_id,
       CASE WHEN i % 20 = 0 THEN NULL ELSE t.id END, 'NORMAL',
       CASE i % 3 WHEN 0 THEN 'CLOSED' WHEN 1 THEN 'SUPPORTING' ELSE 'OPEN' END,
       opened,
       CASE WHEN i % 10 <> 0 THEN opened + (i % 97) * interval '1 hour' END,
       CASE WHEN i % 3 = 0 THEN least(opened + (i % 60) * interval '1 day', now()) END,
       CASE WHEN i % 3 = 0 THEN (ARRAY['RESOLVED','TRANSFERRED','PERSON_DECLINED','MOVED_AWAY','DIED','NO_CONTACT','OTHER'])[1 + i % 7] END,
       1
  FROM generate_series(1, 100000) i
  CROSS JOIN LATERAL (SELECT now() - ((i::bigint * 4219) % (364 * 86400)) * interval '1 second' AS opened) o
  JOIN windows w ON w.n = 1 + i % (SELECT count(*) FROM windows)
  JOIN towns t ON t.n = 1 + (i * 13) % (SELECT count(*) FROM towns);

INSERT INTO consultation.case_need (case_id, domain)
SELECT c.id, (ARRAY['ELDERLY_CARE','POVERTY_DEBT','DISABILITY','CHILD_REARING','HOUSING','HOARDING','ISOLATION','HEALTH'])[1 + (c.id + k) % 8]
  FROM consultation.support_case c CROSS JOIN generate_series(0, 2) k
 WHERE c.reference LIKE 'NB-%' AND k <= c.id % 3;

INSERT INTO consultation.intake (window_id, channel, received_on, received_at, reporter_kind,
    subject_description, own_words, urgency, share_agreed, status, case_id, recorded_by, recorded_org_id)
SELECT w.id, (ARRAY['IN_PERSON','PHONE','VISIT','DOOR','CARD','PAPER_CARD','OUTREACH','OTHER'])[1 + c.id % 8],
       ((c.opened_at - interval '2 hours') AT TIME ZONE 'Asia/Tokyo')::date, c.opened_at - interval '2 hours',
       'SELF', 'benchmark', 'benchmark', 'NORMAL', true, 'CASE', c.id, 1, w.receiving_org_id
  FROM consultation.support_case c
  JOIN windows w ON w.n = 1 + substr(c.reference, 4)::int % (SELECT count(*) FROM windows)
 WHERE c.reference LIKE 'NB-%';
INSERT INTO consultation.intake (window_id, channel, received_on, received_at, reporter_kind,
    subject_description, own_words, urgency, share_agreed, status, recorded_by, recorded_org_id)
SELECT w.id, 'PHONE', (at AT TIME ZONE 'Asia/Tokyo')::date, at, 'SELF', 'benchmark', 'benchmark',
       'NORMAL', true, CASE WHEN i % 2 = 0 THEN 'NEW' ELSE 'NO_CASE' END, 1, w.receiving_org_id
  FROM generate_series(1, 20000) i
  CROSS JOIN LATERAL (SELECT now() - ((i::bigint * 52361) % (364 * 86400)) * interval '1 second' AS at) a
  JOIN windows w ON w.n = 1 + i % (SELECT count(*) FROM windows);
INSERT INTO consultation.intake_domain (intake_id, domain)
SELECT i.id, (ARRAY['ELDERLY_CARE','POVERTY_DEBT','DISABILITY','CHILD_REARING','HOUSING','HOARDING','ISOLATION','HEALTH'])[1 + i.id % 8]
  FROM consultation.intake i WHERE i.subject_description = 'benchmark';

-- Every case one referral, every second case another to a different receiver.
INSERT INTO consultation.referral (case_id, from_org_id, from_user_id, to_org_id, status, urgency,
    summary, sent_at, respond_by, answered_at, decline_reason, completed_at, outcome,
    unsuccessful_reason, withdrawn_at)
SELECT c.id, c.lead_org_id, 1, r.id, st.status, 'NORMAL', 'benchmark', sent,
       (sent AT TIME ZONE 'Asia/Tokyo')::date + 5,
       CASE WHEN st.status NOT IN ('PENDING','WITHDRAWN') THEN sent + ((k * 37 + c.id) % 200) * interval '1 hour' END,
       CASE WHEN st.status = 'DECLINED' THEN 'NO_CAPACITY' END,
       CASE WHEN st.status = 'COMPLETED' THEN sent + interval '20 days' END,
       CASE WHEN st.status = 'COMPLETED' THEN CASE WHEN c.id % 4 = 0 THEN 'UNSUCCESSFUL' ELSE 'SUCCESSFUL' END END,
       CASE WHEN st.status = 'COMPLETED' AND c.id % 4 = 0 THEN (ARRAY['PERSON_REFUSED','NO_CAPACITY','COULD_NOT_REACH','NO_LONGER_NEEDED','OTHER'])[1 + c.id % 5] END,
       CASE WHEN st.status = 'WITHDRAWN' THEN sent + interval '1 day' END
  FROM consultation.support_case c
  CROSS JOIN generate_series(0, 1) k
  CROSS JOIN LATERAL (SELECT c.opened_at + (k + 1) * interval '3 hours' AS sent) s
  CROSS JOIN LATERAL (SELECT (ARRAY['PENDING','ACCEPTED','DECLINED','IN_PROGRESS','COMPLETED','COMPLETED','COMPLETED','WITHDRAWN'])[1 + (c.id + k) % 8] AS status) st
  JOIN receivers r ON r.n = 1 + (c.id + k * 7) % (SELECT count(*) FROM receivers)
 WHERE c.reference LIKE 'NB-%' AND (k = 0 OR c.id % 2 = 0);

-- An evaluator (whole deployment) with a known token; it cannot sign in with a password.
INSERT INTO platform.app_user (username, password_hash, display_name, organization_id, role)
SELECT 'bench-evaluator', '{noop}!', 'ベンチ 評価', id, 'EVALUATOR' FROM shakyo WHERE n = 1;
INSERT INTO platform.api_token (user_id, name, token_hash, expires_at)
SELECT id, 'numbers benchmark', sha256(convert_to(:'evaluator_token', 'UTF8')), now() + interval '1 day'
  FROM platform.app_user WHERE username = 'bench-evaluator';
COMMIT;
ANALYZE;
