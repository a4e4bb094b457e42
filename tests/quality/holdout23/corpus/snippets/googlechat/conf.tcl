package require http

connect_googlechat -region eu -token {https://chat.googleapis.com/v1/spaces/AAAAYiQbTSV/messages?key=AIzaSyfceIHVu2fMHjWfHlwNt3-ndNKq4Gt-AF9&token=kInGtyHtb89laIzC_QzESGVQYUoQ6nh15JzWtZsPQ4U%3D}
set gchat_space {spaces/AAAAL1f8tHm}
set gchat_webhook_url_masked {http************U%3D}
set gchat_webhook_url_example {not-set}
set from_env $::env(GCHAT_WEBHOOK_URL)
