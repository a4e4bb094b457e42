export default function App() {
  return (
    <Provider apiKey="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" />
    <Client token={'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'} />
    <Docs example="851ed3faffc8b673eefbb38d2e7e0bcd" />
    <Docs example="<YOUR_SHOPIFY_ACCESS_TOKEN>" />
    <Provider apiKey={process.env.SHOPIFY_ACCESS_TOKEN} />
  );
}
