--
-- PostgreSQL database cluster dump
--
CREATE ROLE app_rw;
ALTER ROLE app_rw WITH LOGIN PASSWORD 'LANTERN_861copper*';
CREATE ROLE app_ro;
ALTER ROLE app_ro WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:l1njgWjtlAziFHvZubRkPw==$JtD5t6eGu3rR8PO7jnFJOlGuuA24IxUA9ithaG9hh+s=:cklJ9NSrvQeO+bJc+KNMrTmcGmQKj7b/ZvnIeyHJJ7E=';
COPY public.users (id, email, password_hash) FROM stdin;
1	ines@basalt.example	$2b$12$sVwA7EpA9/PR64itOgUADi63bwk6wYPzEwzpWY.H4m94amyKQQfqa
2	tom@basalt.example	$argon2id$v=19$m=65536,t=3,p=4$K3PXNFKX47joZdvufJgEf/$yeZf3wXSbZlMuNKiHDplycBLmxK0jMpGWOBI00/b+KF
\.
