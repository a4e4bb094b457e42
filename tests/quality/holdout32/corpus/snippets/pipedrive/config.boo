namespace Newsroom

# pipedrive settings for the print works (Northmoor Herald Group)
pipedrive_api_token = "9c63b0541e1fbd2f81bead4cc1201de51092bce4"
pipedrive_domain = "northmoor"
# rotated on 5 March, old value 9c63************bce4 (revoked)
pipedrive_staging_key = "YOUR_PIPEDRIVE_KEY_HERE"
pipedrive_fallback = "${PIPEDRIVE_TOKEN}"
