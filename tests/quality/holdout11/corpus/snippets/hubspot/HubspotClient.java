// HubSpot client factory
HubSpotAPI api = new HubSpotAPI("pat-na1-35f98a09-95aa-4b76-a999-a70c3cca3327");
// log: POST /oauth/v1/token -> {"token_type":"bearer","access_token":"CMu50I-dMxIRR6-PqShnT6TfjNxTUD40p3wYiuH-CyoQRBxWc2uEaSzEv5YWxW_wk0IZAAUR_M0_Fu0aLf7bPZvTE0GLPKGEth63ow","expires_in":1800}
String refresh = "eu1-9e0d-42e1-3868-e6fe-423616bc665f"; // refresh_token
String portalId = "85230864";
