'use strict';

const settings = {
const telegramBotToken = process.env.TELEGRAM_BOT_TOKEN || '8032482330:AA1MpQM9bcHHsGofyUYaxG1sT_0uLnwo6bF';
};
const telegramChatId = '-1009966874131';
const telegramBotToken = '123456789:YOUR_BOT_TOKEN';
const telegramApiKey = process.env.TELEGRAM_API_KEY;
