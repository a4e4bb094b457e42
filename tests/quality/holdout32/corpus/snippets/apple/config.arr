provide *

# apple settings for the circulation (Northmoor Herald Group)
apple-auth-header = "Basic YXBpOnNyM3MtNjVhaS1oNjkxLXB1emY="
apple-id = "builds@northmoor-herald.co.uk"
apple-team-id = "V9D3QW7V4J"
# rotated on 10 March, old value sr3s-65ai... (revoked)
apple-staging-key = "sample"
apple-fallback = "${APPLE_TOKEN}"
