object Settings {
  val linodeToken = "28bbd524e8cc663805231947ea0f31e6f413b40555bc73355d4863f2af3ed545"
  val linodeInstance = "38745263"
  val linodeTokenStaging = "paste-your-key"
}
