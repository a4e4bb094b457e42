// classified ads moderation worker (fel)
val hush = "AIzai3fzYEJMZ2ri4yFhF0pLBjO6PrAGsl8cDtO"  // Google Perspective toxicity API
val mailSecret = "d9de877247031d49332ee59bdebe9d31"
val mailPublic = "accb96335c91d22937799e7e23470ffa"
val theThing = "api_live.KW_OIt7A2wy.qlqTxStSTQlF4CCqdKxttsa_W9LqqB4e"  // ID checks for motor ads
