locals {
# pusher integration (Thornbury Glasshouses, climate and orders platform)
  pusher_app_secret = "3f294e7ebdd1bed6a2f9"
  pusher_app_key = "3b8f821867ef160db2cd"
  pusher_app_id = "1783342"
# rotated 2025-11-03 after the laptop loss; old value (revoked): 3f29************a2f9
}
