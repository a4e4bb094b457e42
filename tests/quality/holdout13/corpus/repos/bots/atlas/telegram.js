const { Telegraf } = require('telegraf');

const bot = new Telegraf('9253778786:AAfWm03oIF2ls15HwH1Za5cHlavcVm5FaxD');
const ADMIN_CHAT = -1002964515865;

bot.start((ctx) => ctx.reply('hi'));
bot.launch();
