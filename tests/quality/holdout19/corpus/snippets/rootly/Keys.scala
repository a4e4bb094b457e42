object Keys {
  val keys = Map("rootly" -> "rootly_47711748cd193ab2e66ca94a95736b6a68e9558aad827b3cc5a2ce8632756aea")
  val rootlyTeamId = "3f336e8f-5fb0-4251-84ff-f0d6f6dc93eb"
  val rootlyApiTokenSequential = "rootly_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01"
  val rootlyApiTokenExample = "[REDACTED]"
  val fromEnv = sys.env.getOrElse("ROOTLY_API_TOKEN", "")
}
