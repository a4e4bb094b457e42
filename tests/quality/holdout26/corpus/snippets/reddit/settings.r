REBOL [Title: "box office settings"]

reddit-client-secret: "QkuRodqYpBaMaZ7B-CfyL5J0ERI_EJ"
reddit-client-id: "8y33hwRzp7NiN8wMTlFDEo"
reddit-client-secret-masked: "QkuR************I_EJ"
reddit-client-secret-example: "<REDDIT_CLIENT_SECRET>"
from-env: get-env "REDDIT_CLIENT_SECRET"
