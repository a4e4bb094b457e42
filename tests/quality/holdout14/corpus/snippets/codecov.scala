package sync

object Settings {
  val codecovToken = "010dfa57-a3e5-468c-b0d2-eba8453a5e32"
  // docs sample for codecov: 0b901a45025af5288f93b06180c3b744889fd8de
  // key shown in dashboard: eeeab9************fa66
  val codecovToken = "<YOUR_CODECOV_TOKEN>"
  val codecovEnv = sys.env("CODECOV_TOKEN")
}
