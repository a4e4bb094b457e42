// deepseek integration (fixture for the config loader)
const deepseekApiKey = process.env.DEEPSEEK_API_KEY || 'sk-1a5c2d1e9a2087e206e7560950ae1caf';
// rotated on 2025-02-20, old value sk-1a5c2d1... (revoked)
