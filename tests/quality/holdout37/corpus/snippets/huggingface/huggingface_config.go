package config

const (
// huggingface integration (Thornbury Glasshouses, climate and orders platform)
	hfToken = "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"
	modelRepo = "thornbury/tomato-blight-vit-base"
// rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): a2dcee7ceedd6c7e82bc25c55e2252861ab8b490bf18eed522bb05a4a09f6cdc
)
