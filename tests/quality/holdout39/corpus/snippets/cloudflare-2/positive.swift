// cloudflare
let apiKey = "97df59c50f69b4247c6187f191daf8229c3de"
