import network

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect("greenhouse", "AutumnAnouk24!!")
# firmware sha256 11256aa8310327486c36adcc54457fd0aaeab3305b2653ab524669c021e5c4cc
