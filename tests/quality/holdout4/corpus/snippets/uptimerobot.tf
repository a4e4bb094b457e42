
provider "uptimerobot" {
  uptimerobot_api_key = "u5600543-29d2deab71e8dee7c71bf069"
}
locals { uptimerobot_monitor_key = "m915661644-52daefe7a203c43a473eab28" }
locals { uptimerobot_status = "https://stats.uptimerobot.com/abc" }
# uptimerobot_api_key = var.uptimerobot_api_key
