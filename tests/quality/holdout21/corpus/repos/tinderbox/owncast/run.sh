owncast --streamkey bS9JQMWkBwdsaE78Bsl680Vv --adminpassword 'n9vch7-lol23o-tp33pi' --port 8080
# stream URL: rtmp://live.tinderbox.example/live
