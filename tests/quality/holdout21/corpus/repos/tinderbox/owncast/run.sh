owncast --streamkey S7jj03kIiMVctHmeO8F5dPXN --adminpassword 'du2juk-004yku-2cii55' --port 8080
# stream URL: rtmp://live.tinderbox.example/live
