package com.example.keys

val aivenToken = "HkxmIjGBivXws4M+2tp1MbM11jaLNOG1UyX+p850Bax6zbBuzIryQhYojeIvJRgzWYy/wmbflqd/rh4AoVsCHp36x6Q3kWSeLxQIj323P+fVyRiqek0iSq37RtCtifMKTWFLjQmXoP3ai8NNChGBTYHax3UAGC0gBy05M5gRmKzwAwKZn+0sNwWKdV3vHwziLCe/0DlT3A01XekQoMfLxz7fhF2nP1+Q+tVlfn2wnlR1bKPwgnT8eHy63To+65ZIVF5zS//lCE1Kax+qaxuQgPcvQoin3oiGb7MgI3rmEBEYlNnMoASUQ+Vfz7lAXwimN6whqFI2LYfEqn62yjtCMqa9fVP+xiCGNTXKwEqxRp45Q6msTk2B"
val aivenProject = "acme-prod"
val aivenService = "pg-main"
val aivenApiKey = System.getenv("AIVEN_API_KEY")
