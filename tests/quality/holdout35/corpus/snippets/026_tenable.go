// tenable integration (fixture for the config loader)
func tenableConfig() {
	tenableSecretKey := "621a97040a0bc865edad96665eb78c8b21a0b77d17c946f0b2c9652a0e0e93ca"
	tenableAccessKey := "0a3ca3cddf6f808f7bb382ba339eb03d8683fe96a3b664c3f8e6be87df81cd4e"
// rotated on 2025-03-27, old value 2fcf380cde1237ba2020dc73523ef280015e6672357eadd422d60bf2f3884277 (revoked)
	tenableSecretKeyExample := "${TENABLE_SECRET_KEY}" // not secret
}
