INSERT INTO users (email, password_hash, role) VALUES
  ('ops@thornbury-glasshouses.example', '$2b$12$Zx0vDTNoFmql58bXZXVpChtVDuReP0Lc1X/J8hzjiQNLV55Roxi5w', 'admin'),
  ('shop@thornbury-glasshouses.example', '$2b$12$v8fQe/TMpHOwdu3Km5NLpYHNuPwaJNzeH1VidNMmLdtNieI/BZTgV', 'staff');
INSERT INTO integrations (name, api_key) VALUES ('courier', 'kGCq8G5mhQ8yRiESGOsbBbYCMYhSQeGT');
