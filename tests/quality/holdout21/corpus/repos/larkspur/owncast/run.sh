owncast --streamkey FXZoUk2LLU7txr6sSGwpjWuI --adminpassword 'KESTREL_3337_lucas' --port 8080
# stream URL: rtmp://live.larkspur.example/live
