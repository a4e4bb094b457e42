{
, instagramAccessToken = "IGAAwo4tm924ZMA7uS0VULbfrtnum9iQNV3EsUwDgYK5A0DJa8W4tBhRqHgZ2KbutFIPpeLYoF0zWaUXXw92KZ1COEpUsCBh3yfuClF9jhMim6hta59tlqRIGN5oZ1Y4O66vJLGBUeDCRh5vqd5WB7Tt2K"
, instagramIgUserId = "20411096123955941"
, instagramAccessTokenMasked = "IGAA************Tt2K"
, instagramAccessTokenExample = "YOUR_INSTAGRAM_ACCESS_TOKEN_HERE"
, fromEnv = env:INSTAGRAM_ACCESS_TOKEN as Text
}
