-- The large-text flag becomes a text size of three steps, and each user chooses the calendar
-- dates are shown in (input stays 年/月/日 either way).
ALTER TABLE platform.app_user
  ADD COLUMN text_size text NOT NULL DEFAULT 'STANDARD'
    CHECK (text_size IN ('STANDARD', 'LARGE', 'EXTRA_LARGE')),
  ADD COLUMN date_style text NOT NULL DEFAULT 'SEIREKI'
    CHECK (date_style IN ('SEIREKI', 'WAREKI'));
UPDATE platform.app_user SET text_size = 'LARGE' WHERE large_text;
ALTER TABLE platform.app_user DROP COLUMN large_text;
