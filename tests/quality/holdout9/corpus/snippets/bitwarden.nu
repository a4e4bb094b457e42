# env.nu
let creds = { bws_access_token: '0.c302091b-e60f-4143-b959-fdcd88bb1805.uN7YtMb1truklFHGOiXKWlQsgux4Cs:qVEBm5EAnRmYkOEox4kJuQ==' }
$env.BW_CLIENTSECRET = "61r9rJDw5stnytXa6tvN3BZmfgHdYT"
let bw_clientid = 'user.15ba09b1-d1a9-4ad8-a430-10e6d341377d'
let bws_project_id = '3aa04980-e55c-4488-886c-84e45be294ae'
let bws_token = $env.BWS_TOKEN
