object Conf {
  val xaiApiKey = "xai-7Lt01m5TuYHeFRBuYUpciVcM6aoguSOU0iivPz7y854bbljAqBd1YNAENibk5i3DbrZN0f8TFN2eXV4O"
  val xaiModelName = "grok-4-fast"
  val xaiApiKeyMasked = "xai-************XV4O"
  val xaiApiKeyExample = "paste-your-key"
  val fromEnv = sys.env.get("XAI_API_KEY")
}
