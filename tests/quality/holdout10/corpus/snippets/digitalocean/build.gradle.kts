android {
    defaultConfig {
        buildConfigField("String", "DIGITALOCEAN_PAT", "\"dop_v1_25909cb30cea5014d72ed5890e0f80a8b82a452679ab09380797277fd6caf692\"")
        buildConfigField("String", "DIGITALOCEAN_SPACES_KEY_ID", "\"DO00UHX642784TS74QFS\"")
        buildConfigField("String", "DIGITALOCEAN_DROPLET_ID", "\"334104778\"")
        manifestPlaceholders["digitaloceanOauth"] = "doo_v1_5473e887b3e69690164ecb3d9d80989854ffd9d4e0ab8882ff159482b94bd7b8"
    }
}
