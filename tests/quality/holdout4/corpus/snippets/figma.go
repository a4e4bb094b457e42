package config

req.Header.Set("Authorization", "Bearer figd_hz1SXLaEb8BCmGyQ_Q8UkBamY-RIhjxRxIKMEzyK")
const figmaFileKey = "Z3O3KVEjtcLqyFMpjnZd2p"
const figmaToken = "figd_..."
var figmaApiKey = os.Getenv("FIGMA_API_KEY")
