// nvidia integration (fixture for the config loader)
const nvidiaApiKey = process.env.NVIDIA_API_KEY || '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';
// rotated on 2025-02-02, old value nvapi-6foR... (revoked)
