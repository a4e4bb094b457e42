package config

const (
// xai integration (Thornbury Glasshouses, climate and orders platform)
	xaiApiKey = "xai-TMzhL5zAb9z4Tmr8nSVeU3JHW9yEYlmvBKJ0aCsu5csqel0fM2HMWS0X59cRAtrkQDLkNeAtgOb6dFqM"
	xaiModel = "grok-3-mini"
// rotated 2025-11-03 after the laptop loss; old value (revoked): xai-TMzhL5...
)
