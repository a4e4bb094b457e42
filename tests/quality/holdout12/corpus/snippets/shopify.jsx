export default function App() {
  return (
    <Provider apiKey="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" />
    <Client token={'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'} />
    <Docs example="5a2478f032b53be362a5cfd28c8c36f0" />
    <Docs example="<YOUR_SHOPIFY_ACCESS_TOKEN>" />
    <Provider apiKey={process.env.SHOPIFY_ACCESS_TOKEN} />
  );
}
