# xai integration (fixture for the config loader)
client = xai.Client(api_key="xai-JvWiVv3jsB9qKdVHW37ZrPxZT6L7Wgxa9GagUFxUbvRFdbpufkvkKeE2xfskKeR6iIU0C0FuzNycqXMX")  # XAI_API_KEY
# rotated on 2025-01-01, old value xai-************qXMX (revoked)
XAI_API_KEY_EXAMPLE = "<XAI_API_KEY>"
