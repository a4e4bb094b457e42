object Jobs {
  val (s3Id, s3Secret) = ("AKIA6TZHCXCAC73WBNQ2", "al1qOWoAhjRLbNNhXHoLcmsAp3666fx3HQYScP7z")
  val runId = "77dd5e17-4f8c-439e-9975-355e92076fa9"
  val checksum = "8e40927c47de2ee0c2bd0de31f2b57a6"
}
