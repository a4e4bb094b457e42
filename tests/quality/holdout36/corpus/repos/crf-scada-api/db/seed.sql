INSERT INTO users (email, password_hash) VALUES
  ('ops@brackenfell-energy.example', '$2b$12$V.Glu7CttSIO7OEE2MsqTFrWz/d5NIZlyxr3o8kMGszMb1H5gCfsm'),
  ('viewer@brackenfell-energy.example', '$2b$12$fh5/.xdXcWzv01z7qA7N/II3tcrUtOsyqCrPZyyQb4vmcuFuW5XK9');
INSERT INTO integrations (name, client_id, client_secret) VALUES
  ('elexon', 'elexon-crf', '0QP7NlH0G6kDfozjm35C50Iyu2ux2FkysHcnrBwe');
CREATE USER grafana_ro WITH PASSWORD 'K5TPYKTclLKuQ5m9mjgdVYRVVXTUiGup';
