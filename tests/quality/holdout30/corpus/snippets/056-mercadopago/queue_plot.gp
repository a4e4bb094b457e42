set terminal pngcairo size 1200,600
# mercadopago settings for the Wyvern Coast Airports integration (owner: airport IT)
MP_ACCESS_TOKEN = "APP_USR-9227909776483953-464554-a0e3fac83a87b9d272122540781bcd2f-729942326"
MERCADOPAGO_PUBLIC_KEY = "APP_USR-4aeb740e-89d5-4023-8a0a-be0f405e0845"
# old value kept for reference (rotated 2026-03, no longer valid)
MP_ACCESS_TOKEN_OLD = "APP_************2326"
MP_ACCESS_TOKEN_STAGING = "paste-your-key"
MP_ACCESS_TOKEN_FALLBACK = "${MP_ACCESS_TOKEN}"
