INSERT INTO plans (id, slug, stripe_price_id) VALUES
  ('49374099-ffd0-4442-9ccc-302c38494c25','free','price_BFt9S0PoQRRTdpkMJF3IuATG'),
  ('8966211f-dc96-49c6-a0e6-9d108b8c9b0b','starter','price_FMudXr1BmqvphHF1jzQdmHlv'),
  ('d03fd8a0-7261-4598-bc21-708203a5f764','team','price_f9Rn8vUFipwKThth6YXT98OT'),
  ('1d24fe85-d190-4ae9-9403-c259ec97cded','business','price_Jhti5qmMZ8A3xpXHUnxk1R8Y'),
  ('4c5793dd-95bd-4e6b-a8b8-39243d6f4080','enterprise','price_zNgI29PZBXwrJmtMW2o9FcJ4'),
  ('5c4e1233-c3f2-41b2-9509-e3b47bc643c9','legacy-2019','price_k6QOg7ZtwZdCDtAjyNFvkQE2'),
  ('f238caaf-b804-4db5-aafb-c970ddebb9e2','legacy-2021','price_lrbsx91RYHAFjQi3fflg9oAd'),
  ('2b18109a-a16d-43fe-bdac-663bd7b9d485','nonprofit','price_7BfA5Rrhc4JGEfePuF5w8Kjf');
