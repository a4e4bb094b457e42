const { Telegraf } = require('telegraf');

const bot = new Telegraf('7813211568:AA6pqmL6PqmR6fjdBpndM7UUDIkZnuy3gbP');
const ADMIN_CHAT = -1001610890748;

bot.start((ctx) => ctx.reply('hi'));
bot.launch();
