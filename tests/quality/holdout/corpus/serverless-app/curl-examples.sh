# form-encoded credentials
curl -s https://api.mailgun.net/v3/mg.acme.example/messages \
  --user 'api:key-efcd65f0ccbafc276ab4db77e2a4fc8d' \
  -F from='ops@acme.example' -F to='oncall@acme.example' -F subject='ping' -F text='pong'
curl -s https://api.todoist.com/rest/v2/projects --data-urlencode "token=$TODOIST_TOKEN"
curl -s -X POST https://api.pushover.net/1/messages.json -d "token=azGDORePK8gMaC0QOYAMyEEuzJnyUi" -d "user=$PUSHOVER_USER" -d "message=deploy ok"
curl -s "https://www.virustotal.com/api/v3/files/75f930dbf6ccb7b97321adc44d2cd6841f6fa523047357d9880205f11c3f32c1" -H "x-apikey: $VT_API_KEY"
curl -s https://api.openai.com/v1/files -H "Authorization: Bearer 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" -F purpose=batch -F file=@batch.jsonl
