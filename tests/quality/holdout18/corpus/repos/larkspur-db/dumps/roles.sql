--
-- PostgreSQL database cluster dump
--
CREATE ROLE app_rw;
ALTER ROLE app_rw WITH LOGIN PASSWORD 'mscoNNEULxseOPAH';
CREATE ROLE app_ro;
ALTER ROLE app_ro WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:SxBx5x8MDVqOZezGxczSVQ==$FLBm+7YGEGh2zrU/TQ553Ev+FQSaTNjAjMIeyJPR4rg=:pX2MietH6/mGxU42b8rFLr5XdRM1eipuyWdA7F9YCQ8=';
COPY public.users (id, email, password_hash) FROM stdin;
1	ines@larkspur.example	$2b$12$Yhp/WruIuGTlDo3QZ4yuNfEBsbg82d1aDQ9eQ4dYsXblVO2x5uEhe
2	tom@larkspur.example	$argon2id$v=19$m=65536,t=3,p=4$+xWv4VRcsPimE2QKm5wfiS$hnueludg51TOJ9q1SLJ3csHi6uDoV5ryqacTuWAbxbx
\.
