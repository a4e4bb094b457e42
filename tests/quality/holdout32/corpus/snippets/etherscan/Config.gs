uses java.lang.System

// etherscan settings for the photo desk (Northmoor Herald Group)
var etherscanAuthHeader = "Basic NDM3SlkzUFlPVlA2SzdYNzU2UjAwQUpZWUNMUlhKQ1M5Tzo="
// rotated on 4 March, old value 437J************CS9O (revoked)
var etherscanStagingKey = "[REDACTED]"
var etherscanFallback = "${ETHERSCAN_TOKEN}"
