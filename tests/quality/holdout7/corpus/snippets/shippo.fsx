open System.Net.Http

client.DefaultRequestHeaders.Add("Authorization", "Bearer shippo_live_d046b98ad4d4f8638d981264a124f6c596176412")
let shippoTestToken = "shippo_test_fb3fac1d1cb195c161450c0573d50df16f263c2e"
let shippoApiToken = "shippo_live_<token>"
let shippoCarrierAccount = "71e5cf2d9e1cb78f134a0fec9d6107e3"
let shippoToken = System.Environment.GetEnvironmentVariable "SHIPPO_TOKEN"
