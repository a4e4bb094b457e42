INSERT INTO users (email, password_hash) VALUES
  ('harbourmaster@saltmarsh-fish.example', '$2b$12$wnSh4O0OBDUyR82q41dj7U1x3DMdvKMagNGeFNn9sHn_0bGOw-aLd'),
  ('auction@saltmarsh-fish.example', '$2b$12$YOxPqpRyQbe_piu4Zzqh_G-TN-MVSbUU-ngxyZpwRUlMk7PdxaKJH');
INSERT INTO api_clients (name, client_id, client_secret) VALUES
  ('buyers-app', 'd50007a2-b047-49f3-ba1a-e001a4e345df', 'SvVeaCliS34aDAnOTsb4khsmc5f3Ol56lB6dq1eMBJRoxiyK'),
  ('scale-house', 'fa3c8cf8-428c-43d1-acad-c630b9099475', 'kXfTV0AiND3xmhMnpx9ykkjHuBMU6KZKxTBAJd62sBjE205u');
CREATE USER reporting WITH PASSWORD 't5mDcQZw5YZDnfTWvLUr1RXvSiWWlBER';
