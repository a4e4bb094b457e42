# Maple worksheet export

sentryAuthToken := "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":
sentryDsnPublicKey := "38272c1baecd37acd41860c22e48a7c0":
sentryAuthTokenMasked := "sntr************bdca":
sentryAuthTokenExample := "<SENTRY_AUTH_TOKEN>":
fromEnv := getenv("SENTRY_AUTH_TOKEN"):
