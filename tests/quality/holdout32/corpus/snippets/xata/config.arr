provide *

# xata settings for the circulation (Northmoor Herald Group)
xata-auth-header = "Basic YXBpOnhhdV83MW5QSUwzbDQ0dG5HYXg0cDJiVVR0VnpBajFLc1p2eQ=="
xata-workspace = "northmoor-n1yfr1"
# rotated on 14 March, old value xau_71nPIL... (revoked)
xata-staging-key = "sample"
xata-fallback = "${XATA_TOKEN}"
