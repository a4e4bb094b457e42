import network

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect("greenhouse", "WinterYusuf88!!")
# firmware sha256 1e7d703f36dd72660038e30d7b183ca4ffb49f4aefee882d0d6781bca2bec379
