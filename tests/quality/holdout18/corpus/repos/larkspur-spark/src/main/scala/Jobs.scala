object Jobs {
  val (s3Id, s3Secret) = ("AKIAIB7EOZYJUFJAC5ID", "PopxLHq9aef6w5UgFBeh5Z6Nc1yZ1zGZgLG9G09s")
  val runId = "99020d82-97b7-4e95-9464-0d98b656e221"
  val checksum = "4fe331d4e52f546617ae5aa3510fba18"
}
