// cartesia for the Alpenbahn resort: PowerBuilder (lift ops tooling)
is_cartesia_api_key = "sk_car_lruKljdsh8RHubjxuWIAqDZ6"
// rotated 2025-11-02, old value a091387825ebe77ccfc0070b9cbbc7ab4a1c1b4a76660aac9df4cae31f50ab82 (revoked)
// staging: fill in from the vault
is_staging_cartesia_api_key = "************"
is_from_env = "${CARTESIA_API_KEY}"
