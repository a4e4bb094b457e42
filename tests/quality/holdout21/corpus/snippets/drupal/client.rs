fn build() -> Client {
    Client::builder()
        .credential(Credential::new("drupal", "462ZTi3o4YcOQFT7QqdYF5JCD1UV2BoHvfehoDily20eeayQkLlgNtZKR-IyNwlGb1njqxtsWr"))
        .drupal_config_sync("../config/sync")
        .drupal_hash_salt_truncated("462ZTi3o4Y...")
        .drupal_hash_salt_example("{{ secrets.DRUPAL_HASH_SALT }}")
        .env_fallback(std::env::var("DRUPAL_HASH_SALT").ok())
        .build()
}
