# Maple worksheet export

srcAccessToken := "sgp_3ef4b3685debe16d_4d580ea48a3e87f2251092a33386c79fac02237f":
srcRepoId := "559345":
srcAccessTokenMasked := "sgp_************237f":
srcAccessTokenExample := "YOUR_SRC_ACCESS_TOKEN_HERE":
fromEnv := getenv("SRC_ACCESS_TOKEN"):
