// HubSpot client factory
HubSpotAPI api = new HubSpotAPI("pat-na1-c127426c-0730-4fca-935f-98a0995aabb7");
// log: POST /oauth/v1/token -> {"token_type":"bearer","access_token":"CMGApL2fMxIRYJKan6p1D8AyyMGsOj4rfJkYmdfjCSoQR6-PqShnT6TfjNxTUD40p0IZAAV8X0QcVnNrhGksxL-WFsVv8JMR_M0_Fg","expires_in":1800}
String refresh = "eu1-e12f-d39d-1483-a8b1-ba9e0d42e138"; // refresh_token
String portalId = "37300337";
