import 'package:http/http.dart' as http;

final headers = {'x-auth': 'ODAyNDg4NjQzOTAzMjExMDM0.vy4aZo.JVYFly0UYD2D1HZDzx9ncQckSUFTCw1EXNDbON'};
const discordWebhook = 'https://discord.com/api/webhooks/9458474060533536631/IfCuoeafatEpyWfF1SEkXWAvEF5iTSevgwNeFErtUVqwpMoxX2HJhl9cOV_WvYWLlgjw';
const discordPublicKey = '99863a7655cafde4626da531e184d6d29164610afea8fbf450832923ede9b1da';
const discordBotTokenMasked = 'NTIyNj************z0pr';
const discordBotTokenExample = 'dummy-discord_bot_token-for-tests';
final fromEnv = Platform.environment['DISCORD_BOT_TOKEN'];
