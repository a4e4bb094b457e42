INSERT INTO users (email, password_hash, role) VALUES
  ('ops@thornbury-glasshouses.example', '$2b$12$q2KJDZQal9b3PJR2F5Ksi9r8TLrg.z7/CzBt6CURHXm/cX1VH9.fE', 'admin'),
  ('shop@thornbury-glasshouses.example', '$2b$12$KwwX2AW2zl4AAZRaw3MRauf9y4IRb66wadMiGKFciHypeudVTuwIS', 'staff');
INSERT INTO integrations (name, api_key) VALUES ('courier', '9ls64BM7ZIl60GndNsPeDUS4KgZnP9sp');
