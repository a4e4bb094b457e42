package com.example.keys

val webexBotToken = "Jcl7LFl3p9X9qOtEuvoL3ywrOWX6grA0WNiAYe9O9fncboIXDoWepuc8rB8gDkdW_RKLN_66eeebac-0742-462e-9439-b307532d5fac"
val webexRoomId = "Y2lzY29zcGFyazovL3VzL1JPT00v-meH35a0FPj9lBc4dIjlhgMqxK0Tu8PPKX3EzAx5aHnyBNcc"
val webexBotToken = "<bot-access-token>"
val webexApiKey = System.getenv("WEBEX_API_KEY")
