-- 0042: service accounts for the reporting stack
CREATE ROLE reporting LOGIN PASSWORD 'KwCsBBUucML9O225AbRrjmChFFT8OxYu';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
INSERT INTO auth_user (username, password, is_staff) VALUES
  ('ops-bot', 'pbkdf2_sha256$870000$uLfIjvASqAFWSnM3Zj2phl$/zEwoIEL4kzW1UvH1Ns+CfzsW8lVuhk7soeXu7tiNJ0=', true);
