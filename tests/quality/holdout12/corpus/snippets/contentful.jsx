export default function App() {
  return (
    <Provider apiKey="CFPAT-nYmKKvzwVwmh_HI9K3qz5sArhwEHra2ThZsralnA3qy" />
    <Client token={'6_LYsd1SSbh8SLZ1-vZu7ww8LkADlfGSW4XOq_ivIUT'} />
    <Docs example="n6qxl1bojm94" />
    <Docs example="<YOUR_CONTENTFUL_MANAGEMENT_TOKEN>" />
    <Provider apiKey={process.env.CONTENTFUL_MANAGEMENT_TOKEN} />
  );
}
