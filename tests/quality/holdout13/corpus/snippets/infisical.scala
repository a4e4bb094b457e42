object Config {
  val infisicalToken = "st.f641b85b-67b4-4c91-ac09-fe6efae61a28.8e18e23611cba233e05421a8dcb05e73.638c0a983df77b7b3d5110b212662667"
  val creds = Map("infisical" -> "st.24b7ca28-276a-406b-aa10-7d2029ff8b95.3d0019c5d496467f77043d179587863b.da31a7d20d4c21bd6287d911e1249e6f")
  // sample "e04f4c45-627a-45c1-a1ce-e9349913598e"
  // sample "st.772********************"
  // sample "<YOUR_INFISICAL_TOKEN>"
  val key = sys.env("INFISICAL_TOKEN")
}
