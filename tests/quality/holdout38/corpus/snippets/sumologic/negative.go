sumoAccessId := "suMu8vywJOr3DJ"
sumoAccessKeyPrefix := "TNUKKBMGUa..."
sumoAccessKeyStaging := "${SUMO_ACCESS_KEY}"
