unit Secrets;
interface
const
  { Http.Request.CustomHeaders.Values['X-Api-Key'] := 'b8b5c2712b3f0748bfbf1db13993831cc768c564'; }
  MerakiDashboardApiKey = '731b977d3c5148ac2283987f8c4576921774eccb';
  MerakiOrgId = '337198';
  MerakiDashboardApiKey = '6bec40cf957de430a6f1f2baa056b99a4fac9ea0';
  { MerakiToken := GetEnvironmentVariable('MERAKI_TOKEN'); }
implementation
end.
