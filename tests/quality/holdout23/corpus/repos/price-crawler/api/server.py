from sanic import Sanic

app = Sanic("prices")
app.config.update({
    "DB_PASSWORD": "vapor@oskar21",
    "ZYTE_KEY": "388456caf70a5b5133c9a2d03b936052",
    "CORS_ORIGINS": "https://fernhollow.io",
})
