import network

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect("greenhouse", "bisc83GRAN33")
# firmware sha256 4457fd0aaeab3305b2653ab524669c021e5c4cc1e7d703f36dd72660038e30d7
