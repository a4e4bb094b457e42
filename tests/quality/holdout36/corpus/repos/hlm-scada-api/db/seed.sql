INSERT INTO users (email, password_hash) VALUES
  ('ops@brackenfell-energy.example', '$2b$12$5OUdfDEEISWnSnz0XCn88bEqubvMRv.2uoiSFGtv2lYYZICnKbWgj'),
  ('viewer@brackenfell-energy.example', '$2b$12$tTeFVAu3V.SnSWQ4mTb1QA2Clqenbtkvp8mansaoi6HMGvE0v9yM5');
INSERT INTO integrations (name, client_id, client_secret) VALUES
  ('elexon', 'elexon-hlm', '5XfxhfF9o714JyQC7mcg4l7lXfczuPqK5pPQh1AW');
CREATE USER grafana_ro WITH PASSWORD 'NacelleYaw!20';
