owncast --streamkey V8DM5MNbdpGqyT7XpWjx18pX --adminpassword 'COBALT_0425_bjorn' --port 8080
# stream URL: rtmp://live.larkspur.example/live
