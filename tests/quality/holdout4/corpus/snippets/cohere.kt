package com.example.keys

val cohereApiKey = "Swda5PicR5kvF7B50WvOrT0gPRw2nFBGK2l9mnRV"
val cohereModel = "command-r-plus"
val coApiKey = "<COHERE_API_KEY>"
val cohereApiKey = System.getenv("COHERE_API_KEY")
