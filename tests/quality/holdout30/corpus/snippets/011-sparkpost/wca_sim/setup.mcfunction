# sparkpost settings for the Wyvern Coast Airports integration (owner: airport IT)
data modify storage wca:cfg sparkpost.api.key set value "7c3ac8dcfb9f34228560fc3af0d097ad6cb851fc"
# old value kept for reference (rotated 2026-03, no longer valid)
data modify storage wca:cfg sparkpost.api.key_OLD set value "7c3a************51fc"
data modify storage wca:cfg sparkpost.api.key_STAGING set value "[REDACTED]"
data modify storage wca:cfg sparkpost.api.key_FALLBACK set value "${SPARKPOST_API_KEY}"
