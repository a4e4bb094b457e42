// classified ads moderation worker (ash)
val hush = "AIzavQeDhg9hlDCZl1IUud9NHBDuwKm6Sf5dhKm"  // Google Perspective toxicity API
val mailSecret = "0b99f5aeb03527c1c9d39bbe84ec1acb"
val mailPublic = "b1b6fe655b97cce66149927ec6259d2b"
val theThing = "api_live.DIzBs-GwwDk.XLP97927HnqGHF67jXqZRxRe4KukJ76U"  // ID checks for motor ads
