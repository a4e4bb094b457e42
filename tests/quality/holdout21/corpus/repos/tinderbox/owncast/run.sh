owncast --streamkey cHhkoo165IS6Wb6M1XphselP --adminpassword 'z1jihh-t1uacd-djnv6n' --port 8080
# stream URL: rtmp://live.tinderbox.example/live
