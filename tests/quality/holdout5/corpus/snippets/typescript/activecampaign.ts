import axios from 'axios';

const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY ?? "1fa644d35db41d94e5efaf89fc43c5fa52f8b2b19b8f89a50f8a8e9bb8bdb5eba456bf92";
axios.defaults.headers.common['Authorization'] = `Bearer d5d98065e5751f75143a5f61debc267b0bc8d3b1939a9b4ddbe45cf642b0c3a4acdd7f9f`;
const activecampaignUrl = 'https://yykqt5q0.api-us1.com';
const activecampaignApiKey = 'YOUR_ACTIVECAMPAIGN_API_KEY';
const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY!;
