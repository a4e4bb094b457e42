from sanic import Sanic

app = Sanic("prices")
app.config.update({
    "DB_PASSWORD": "lilac@kofi37",
    "ZYTE_KEY": "bef572ca5b9952b5c046cbdef2a3bd4a",
    "CORS_ORIGINS": "https://fernhollow.io",
})
