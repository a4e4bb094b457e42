export default function App() {
  return (
    <Provider apiKey="tKD1GodCtUqYhYiKtbHQiyFT6" />
    <Docs example="ACMESHOP" />
    <Docs example="REPLACE_ME_MESSAGEBIRD_ACCESS_KEY" />
    <Provider apiKey={process.env.MESSAGEBIRD_ACCESS_KEY} />
  );
}
