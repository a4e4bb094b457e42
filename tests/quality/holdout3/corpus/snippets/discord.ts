import axios from 'axios';

export const DISCORD_BOT_TOKEN: string = "Njg2NDQ5Mzk0MjUyNTYzMTI0.FfRSrA.ig97HrDBF0tuEqzVWWh0RR-6DWshbvnmcWP1K0";
export const DISCORD_CLIENT_ID: string = "664889059208908639";
export const config = { discordPublicKey: '2e42526e8aafa122dd3b84e7b53263ae249ad86816966def7b8e9a85253671fc' } as const;
export const discordBotToken = process.env.DISCORD_BOT_TOKEN ?? '';
