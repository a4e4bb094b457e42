import axios from 'axios';

axios.defaults.headers.common['Authorization'] = 'Bearer 9226125372:AAf8DPLbD7_dz1I3H3TFxmIG8GTLHRorCLi';
export const TELEGRAM_CHAT_ID: string = "-1009213283027";
export const telegramBotToken = process.env.TELEGRAM_BOT_TOKEN ?? '';
export const config = { telegramBotToken: '********' } as const;
