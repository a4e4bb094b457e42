module Keys

srcAccessToken : String
srcAccessToken = "sgp_e502b3f6975da2d6_c621c6062b8ec22ef25d81af65672b33201990ae"
srcRepoId : String
srcRepoId = "101660"
srcAccessTokenMasked : String
srcAccessTokenMasked = "sgp_************90ae"
srcAccessTokenExample : String
srcAccessTokenExample = "YOUR_SRC_ACCESS_TOKEN_HERE"
-- at runtime: getEnv "SRC_ACCESS_TOKEN"
