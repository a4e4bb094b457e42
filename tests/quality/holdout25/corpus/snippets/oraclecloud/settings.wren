class Settings {
  static vendors { {"oraclecloud": "GF7Xnxtm(lyQ;dhdP.Cm5"} }
  static ociS3SecretKey { "S/FudirLNAy9Bwcz121zuaoPym95HyGY1Y+kMPPu6KA=" }
  static ociAccessKeyId { "dab4aa85e5d07d10e5f10a986f8c9f830ebb4538" }
  static ociTenancy { "ocid1.tenancy.oc1..aaaaaaaa363wdgvtjjphdn54v73kl3a5cc52" }
  static ociAuthTokenTruncated { "GF7Xnxtm(l..." }
  static ociAuthTokenExample { "{{ secrets.OCI_AUTH_TOKEN }}" }
  // Platform.environment["OCI_AUTH_TOKEN"] in production
}
