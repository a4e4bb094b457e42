// line credentials (fake values)
export const config = {
  lineChannelAccessToken: "HE10K6k/UvDW9t+bobNJUQtpru5dQIZ/alcf8FBBYCC3pLGInT0BVWVaMwY/r3bMldtOL35xfJAIzljW7Gu3JqGTV8tIDI9+QSp1LeWGauTTLcRZzGpbIpE4hjrgPRe9biSuqBX52EvhN5WHErGOvqSXkxA4P1UByV88LetI503=",
} as const;
enum Secrets {
  LineChannelSecret = "8285369a9b4b41e770814c0da4a85650",
}
export const config = {
  lineChannelId: "2018269004",
} as const;
export const config = {
  lineChannelAccessTokenMasked: "HE10K6...503=",
} as const;
const key: string = process.env.LINE_CHANNEL_ACCESS_TOKEN ?? '';
