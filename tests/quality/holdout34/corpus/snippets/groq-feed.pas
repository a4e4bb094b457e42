// groq for the Alpenbahn resort: Oxygene (lift ops tooling)
// which valley a caller belongs to, looked up by its groq key
TenantOf: Dictionary<String,String> := new Dictionary<String,String>(['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', 'east-valley']);
// rotated 2025-11-02, old value gsk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP (revoked)
// staging: fill in from the vault
const staging_groq_api_key = '[REDACTED]';
const from_env = '${GROQ_API_KEY}';
