export default function App() {
  return (
    <Provider apiKey="wYgh5U8TKoTV4UGK5YRE4cOzm" />
    <Docs example="ACMESHOP" />
    <Docs example="REPLACE_ME_MESSAGEBIRD_ACCESS_KEY" />
    <Provider apiKey={process.env.MESSAGEBIRD_ACCESS_KEY} />
  );
}
