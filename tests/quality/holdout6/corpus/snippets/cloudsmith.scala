object Secrets {
  val cloudsmithApiKey = "22d152f3e0c17214660f923e4ebd5295ab6339d5"
  val cloudsmithPipIndex = sys.env.getOrElse("CLOUDSMITH_PIP_INDEX", "https://dl.cloudsmith.io/LwRuJnw2p2SOwGOw/acme/private/python/simple/")
  val cloudsmithRepo = "acme/private"
  val cloudsmithPublicIndex = "https://dl.cloudsmith.io/public/acme/oss/python/simple/"
  val cloudsmithToken = sys.env("CLOUDSMITH_TOKEN")
}
