package com.example.keys

val flyApiToken = "FlyV1 fm2_Hiep0mt7ROx4U09bsXARPKbGcdB5yIPkTwHAHXkb+suOVzSIOsD6IsCDfstNjtjHOjTPAWXmEpcI8Ixgk4Re6TzBPFhLp0UMcQjtCrAwlTCk7FCW6IDuaUv4zPGrMhytifUjwszWsVT55DaGtzV86RyLIrLg1D6tjFG1hpLRCKwOmmP0Xlz4MLL4V/GtuHks5i1JQGqNXflyJrGNmzA+waSv5FAjVuCQinDpGYRtROUzt+se"
const val FLY_ACCESS_TOKEN = "fo1_ZhYmDChUlwBT3OAHC0op3MKwrtZ8tsLcHOhHeMjJHmW"
val flyApp = "acme-api"
val flyRegion = "ams"
val flyApiKey = System.getenv("FLY_API_KEY")
