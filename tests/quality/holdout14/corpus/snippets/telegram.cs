using System;
using System.Net.Http;

public static class Integration
{
    static readonly TelegramClient Client = new TelegramClient("6698464764:AA55MsP-FtWvufd6TxBMf-xBg6CesfePEz2");
    public const string id = "-1003135594699";
    // key shown in dashboard: 387460************qqsu
    public const string telegramBotToken = "your-telegram-token-here";
    static readonly string telegramBotEnv = Environment.GetEnvironmentVariable("TELEGRAM_BOT_TOKEN");
}
