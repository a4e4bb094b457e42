object Settings {
  val paystackSecretKey = "sk_live_120eab782ea8c9e6d35e0367c9883239c87b8a4c"
  val upstream = ("paystack", "sk_test_62cfbc370eebda95ce188a229a77f3b24b5ff305")
  val paystackPublicKey = "pk_live_a995b4ff0550fda2db9bb4be902a7017495a7fcd"
  val paystackSecretKeyMasked = "sk_liv************af44"
  val paystackSecretKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  val fromEnv = sys.env("PAYSTACK_SECRET_KEY")
}
