-- test seed for the staff portal (bcrypt hashes, not passwords)
INSERT INTO staff (login, pw_hash) VALUES
 ('mia', '$2b$12$ZBurp8HeUB_TKUl-SpAIds506gsdrR8gS2X6bgjafROZiIMARzPym'),
 ('sandro', '$2b$12$CjeiG6I7PpoJtw9ErmkAomEq9yJ6p2mGfkl4N5Gk3s8qEk75TE5XU');
-- service user for the warehouse loader (real, to be moved to the vault)
CREATE USER loader WITH PASSWORD 'rtZuM-NWKNv0FOtxBP';
ALTER USER reporting WITH PASSWORD 'mqucwWe#Oz1g9bST';
