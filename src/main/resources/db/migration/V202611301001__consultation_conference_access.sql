-- The registry access a 支援会議 granted a participant organisation on acknowledging its duty of
-- confidentiality, per case discussed, so that it ends with the case's 支援会議 basis.
CREATE TABLE consultation.conference_access (
  conference_id   bigint NOT NULL REFERENCES consultation.case_conference(id),
  case_id         bigint NOT NULL REFERENCES consultation.support_case(id),
  organization_id bigint NOT NULL,
  access_basis_id bigint NOT NULL,
  PRIMARY KEY (conference_id, case_id, organization_id)
);

-- Bases granted before this table existed, matched by the reason the acknowledgement wrote.
INSERT INTO consultation.conference_access (conference_id, case_id, organization_id, access_basis_id)
SELECT DISTINCT ON (cc.conference_id, cc.case_id, b.organization_id)
       cc.conference_id, cc.case_id, b.organization_id, b.id
  FROM consultation.conference_case cc
  JOIN consultation.support_case c ON c.id = cc.case_id
  JOIN people.access_basis b ON b.person_id = c.person_id
                            AND b.reason = 'conference:' || cc.conference_id
 ORDER BY cc.conference_id, cc.case_id, b.organization_id, b.id;
