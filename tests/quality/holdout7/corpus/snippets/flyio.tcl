package require http

set tok [http::geturl $url -headers [list Authorization "Bearer FlyV1 fm2_tlV73A6MsL9q15Uj_2jRDN-gJVJVMIT7AS_9iUaFQxZQYkGp20yOZYLia64NTk0_3WHNb9uKQU4zIQ01iaZf7naofbWVJF3uzVczdOu0jqkNulACiBFo85DSUglGOMtwSjO1Nc35l5x0Z--6cTTgNA4ub9ujHwwj3OES0Jh_LgPsuI-8zCp_OKy4rL9LzTaI1iglx-q3NIQZdxgzyBfzDGo5qNVBtOdxr2wn3g7ssiIKKNZy"]]
set fly_access_token "fo1_ldoTnhpbTdyEpwTlcLZ7TX3qzOEtPaJl-sC_LZ-jmLZ"
set fly_app "acme-i4rot"
set fly_machine_id "130b64915abef7"
set fly_token $env(FLY_TOKEN)
