package require http

connect_googlechat -region eu -token {https://chat.googleapis.com/v1/spaces/AAAAk9OtLVO/messages?key=AIzaSy0q07gaa9HaZoe8QKKaNMXqdfceIHVu2fM&token=HjWfHlwNt3-ndNKq4Gt-AF9kInGtyHtb89laIzC_QzE%3D}
set gchat_space {spaces/AAAA3wqxvzW}
set gchat_webhook_url_masked {http************E%3D}
set gchat_webhook_url_example {not-set}
set from_env $::env(GCHAT_WEBHOOK_URL)
