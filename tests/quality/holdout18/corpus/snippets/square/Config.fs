module Config

let squareAccessToken = "EAAAELXcDN34OyHo2dAtLf3VJRFV794PHxPs4ndlT5XLBdoibFsk0fehINC2K_aN"
let creds = ("square", "sq0csp-eqHoug2by_VS4fHgApWvBTNZcMXbKVPoSjKkRYyHgs4")
let squareApplicationId = "sq0idp-6ZROjUQZ5J6Kj1BvBgDoHE"
let squareLocationId = "L8MAP4LUZGNRT"
let squareAccessTokenMasked = "EAAA************K_aN"
let squareAccessTokenExample = "paste-your-key"
let fromEnv = System.Environment.GetEnvironmentVariable "SQUARE_ACCESS_TOKEN"
