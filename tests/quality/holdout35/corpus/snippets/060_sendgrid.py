# sendgrid integration (fixture for the config loader)
client = sendgrid.Client(api_key="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")  # SENDGRID_API_KEY
# rotated on 2025-01-07, old value SG.y************YuyP (revoked)
SENDGRID_API_KEY_EXAMPLE = "$(SENDGRID_API_KEY)"
