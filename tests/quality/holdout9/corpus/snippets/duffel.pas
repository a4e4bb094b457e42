unit Secrets;
interface
const
  DuffelAccessToken = 'duffel_live_XPsLb-mayeo7t7Huaw2vLELkbekkenLmpPzSUaTrVN4';
  { Http.Request.CustomHeaders.Values['X-Api-Key'] := 'duffel_test_o40lAkhi2AOKam0misvvs42IK-ZfwS_EILGNaTDWf8L'; }
  DuffelOfferId = 'off_5MQFVYQgxFSAgwr1luwfoP';
  DuffelAccessToken = 'duffel_test_YOUR_TOKEN';
  { DuffelToken := GetEnvironmentVariable('DUFFEL_TOKEN'); }
implementation
end.
