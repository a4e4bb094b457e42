INSERT INTO users (email, password_hash) VALUES
  ('harbourmaster@saltmarsh-fish.example', '$2b$12$S3YFL0zJBLSwMoPpQ3ifkmUsGMLS7WKeyihYV-6D-svYFU44tf0Dk'),
  ('auction@saltmarsh-fish.example', '$2b$12$_4r2bAb3bP3PgNUgQLyaFJTe_ozJuc3ArNy_WynfW2ED8eX3ITk1D');
INSERT INTO api_clients (name, client_id, client_secret) VALUES
  ('buyers-app', 'b25353cb-9fa7-4e89-a241-cbf70ec905ba', 'wj6Vg5ZOuipnIabm5z9usWVFytelnhJdsWFwsWi4YR5axty6'),
  ('scale-house', '3fe85c22-c754-4b7f-a03f-d1c373036689', 'K62DVI2RLguO3Uwyi68zBCwA3VHCoT1TDT8YFkqK8vICZIot');
CREATE USER reporting WITH PASSWORD 'HerringKelp77*';
