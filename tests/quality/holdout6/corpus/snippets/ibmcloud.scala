object Secrets {
  val ibmcloudApiKey = sys.env.getOrElse("IBMCLOUD_API_KEY", "pgh7bV-zl8__tYhuklhTC_dUuj1hoGXxMmsjJwQe5Ngo")
  val cosHmacSecretAccessKey = "af5048d615b9432277e286f3c32a84e4f613f115e1c20818"
  val cosHmacAccessKeyId = "e75257155a07cfe36a145c42cdb241cd"
  val ibmCrn = "crn:v1:bluemix:public:cloud-object-storage:global:a/3de1cc51c90142b98b46615c9206fbb0:417c653c-bb0e-4c5c-a8a8-581e0952fab8::"
  val ibmcloudToken = sys.env("IBMCLOUD_TOKEN")
}
