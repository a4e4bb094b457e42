package sync

object Settings {
  val postmarkServerToken = "d4b8d098-361e-4de5-ae85-a6a321d4eb50"
  // docs sample for postmark: e20199b7-3993-4e87-9b6d-3801562f4ec2
  // key shown in dashboard: 42f489************4638
  val postmarkServerToken = "<YOUR_POSTMARK_SERVER_TOKEN>"
  val postmarkServerEnv = sys.env("POSTMARK_SERVER_TOKEN")
}
