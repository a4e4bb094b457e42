import Config

config :app, webex_bot_token: "5URYX45jqRO25g3uK5kbAAegiuE8LCAnmuO6RvvBfOHZ1FzfnKpcmgfmqSWstSqk_HBRO_7710984a-e48d-45c3-bdb7-316d552390ac"
@providers %{"webex" => "https://webexapis.com/v1/webhooks/incoming/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMTUzZWEwMjMtMmE4Mi00MTA2LTgwNTAtNDk0ZDgzYzM2NzY3"}
config :app, webex_room_id: "Y2lzY29zcGFyazovL3VzL1JPT00vOTRjNDJlZjAtNTY5Yy00OTZiLTg0MzAtODFjYjljZTMyZjYw"
config :app, webex_bot_token_masked: "5URY************90ac"
config :app, webex_bot_token_example: "<WEBEX_BOT_TOKEN>"
config :app, from_env: System.get_env("WEBEX_BOT_TOKEN")
