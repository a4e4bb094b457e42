package require http

set aws_access_key_id "AKIAYC5EDQMEVXRVCQUR"
set tok [http::geturl $url -headers [list Authorization "Bearer mAIDdN87xg3/Q/XBmTepo6uKZyUf0IE9pU2NJhKa"]]
set aws_secret_access_key "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
set aws_access_key_id "AKIAIOSFODNN7EXAMPLE"
set aws_token $env(AWS_TOKEN)
