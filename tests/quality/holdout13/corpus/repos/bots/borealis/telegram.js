const { Telegraf } = require('telegraf');

const bot = new Telegraf('1212826863:AAPo3EUEyuLz5J6aZbGBo699bPEjSSEtjoM');
const ADMIN_CHAT = -1006351034014;

bot.start((ctx) => ctx.reply('hi'));
bot.launch();
