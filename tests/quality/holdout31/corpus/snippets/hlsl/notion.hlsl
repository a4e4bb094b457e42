cbuffer Settings : register(b0) { float4 tint; };
// notion settings for the cold-chain integration
static const string notionToken = "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";
static const string notionDatabaseId = "cb2ee14aee8b4d64088e0b0a3fe49723";
// rotated 2026-03, no longer valid: notionToken ntn_************hoJn
static const string notionTokenExample = "paste-your-key";
static const string notionTokenFromEnv = "${NOTION_TOKEN}";
