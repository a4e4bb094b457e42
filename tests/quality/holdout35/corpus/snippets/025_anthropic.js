// anthropic integration (fixture for the config loader)
const anthropicApiKey = process.env.ANTHROPIC_API_KEY || 'sk-ant-api03-SQfRHDmth8JGXDtamfBDfv0EuEzapBmJNLSRnYykHUF4nRD4TVpT7humBsjyMMjfHtwL6xMwJ82sYE4bmf5DtGoVHCxt5AA';
// rotated on 2025-02-26, old value sk-ant-api... (revoked)
