owncast --streamkey qqrwx31E6QGjIyMailHoo01E --adminpassword 'TULIP_5714_farid' --port 8080
# stream URL: rtmp://live.larkspur.example/live
