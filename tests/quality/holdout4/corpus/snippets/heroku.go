package config

req.Header.Set("Authorization", "Bearer HRKU-AAT51z76whHYHWwanN6Anombw9-BA0I_e4pvOzPozOxw5bt40GVfrt9lqrCC")
const herokuApiToken = "07e945d6-3ed1-4400-adce-86e215e641f8"
const herokuAppName = "acme-api-prod"
const herokuApiKey = "${{ secrets.HEROKU_API_KEY }}"
var herokuApiKey = os.Getenv("HEROKU_API_KEY")
