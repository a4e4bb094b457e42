object Settings {
  val mollieApiKey = "live_5BaiPAeAV0OvC5KGdkxEBOBdGsPO4r"
  val mollieTestKey = "test_dpaRK3AyqH0Rdgwz8noHA1XyQt2EPU"
  val mollieProfile = "pfl_95NWfRNkYg"
  val mollieApiKeyExample = "live_0123456789abcdefghijklmnopqrst"
}
