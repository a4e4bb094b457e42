export default function App() {
  return (
    <Provider apiKey="CFPAT-e2MnUBSnNC_yDW3fYwDFa5-rsHG5OFBZ2xzywnZfAFK" />
    <Client token={'eKfcgv3_fUBRCjgPPB4mluuHnGi9bvc11DB_FYMIeel'} />
    <Docs example="t3gsfga9bdtm" />
    <Docs example="<YOUR_CONTENTFUL_MANAGEMENT_TOKEN>" />
    <Provider apiKey={process.env.CONTENTFUL_MANAGEMENT_TOKEN} />
  );
}
