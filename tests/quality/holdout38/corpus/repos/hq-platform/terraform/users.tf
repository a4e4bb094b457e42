locals {
  service_users = [
    { name = "grafana-reader", password = "^dIN+?5diUvmJ~ezh6vU" },
    { name = "metabase",       password = "OtterVelodrome.208" },
  ]
}
