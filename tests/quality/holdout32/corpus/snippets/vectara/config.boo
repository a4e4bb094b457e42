namespace Newsroom

# vectara settings for the print works (Northmoor Herald Group)
vectara_api_key = "zwt_LcJ1R5LXhkYexS6KQj36v3OISNbRdgPUhLTO10zxNePAms"
vectara_customer_id = "4622416971"
# rotated on 1 March, old value zwt_************PAms (revoked)
vectara_staging_key = "YOUR_VECTARA_KEY_HERE"
vectara_fallback = "${VECTARA_TOKEN}"
