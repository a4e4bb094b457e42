package config

var Defaults = Config{
	BlockfrostProjectId: "mainneta2a2gpFo51bnqR2OrU4aJ6EEbfWeQCwL", // env:"BLOCKFROST_PROJECT_ID"
	BlockfrostNetwork: "cardano-mainnet", // env:"BLOCKFROST_NETWORK"
	BlockfrostProjectIdMasked: "main************QCwL", // env:"BLOCKFROST_PROJECT_ID_MASKED"
	BlockfrostProjectIdExample: "YOUR_BLOCKFROST_PROJECT_ID_HERE", // env:"BLOCKFROST_PROJECT_ID_EXAMPLE"
	FromEnv: os.Getenv("BLOCKFROST_PROJECT_ID"),
}
