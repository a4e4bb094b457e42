package sync

object Settings {
  val auth = RawHeader("Authorization", "Bearer N1GArWUYDYeU9zcM5Vrrl+mws7ImP0UH56E/RG2Qm8+=")
  // docs sample for akamai: akab-mtvt0nyrp4vk6u9i-danzi2ar2gvxgkhr.luna.akamaiapis.net
  // key shown in dashboard: HrHq7T************ybt=
  val edgegridSecret = "<YOUR_EDGEGRID_SECRET>"
  val edgegridEnv = sys.env("EDGEGRID_SECRET")
}
