const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.once('ready', () => console.log(`Logged in as ${client.user.tag}`));
client.on('messageCreate', (msg) => {
  if (msg.content === '!ping') msg.reply('pong');
});

const GUILD_ID = '1187329475012345678';
client.login('MzUzMjc4MDU0NTA5NzI1Mjgy.uiz4Zx.CVq1v7MjSNfJdA0bXScTa36mc5J-CPsTaoMpky');
