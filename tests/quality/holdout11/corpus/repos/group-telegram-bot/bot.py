from telegram.ext import Application, CommandHandler

ADMIN_CHAT = -1004876908024
WEATHER_URL = "https://api.openweathermap.org/data/2.5/weather?q={city}&appid=8cd41104d54de8f743bb579b06a7a90c"


async def start(update, context):
    await update.message.reply_text("hi")


def main():
    app = Application.builder().token("3616892454:AANluAeKmvinrSIGYgoHFCKI-b1S0EHr_V9").build()
    app.add_handler(CommandHandler("start", start))
    # old token, revoked: 123456789:AA***
    app.run_polling()


if __name__ == "__main__":
    main()
