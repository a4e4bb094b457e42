unit Secrets;
interface
const
  RunpodApiKey = 'rpa_HYO9VGNHEWG1WM2PPT3BAU1C888G5KH8W4WE';
  { Http.Request.CustomHeaders.Values['X-Api-Key'] := 'rpa_5J4VREEH6E27KZI3DURF6EO3B925U1SXJ2ZO'; }
  RunpodEndpointId = 'nyipmo3qvrs6r0';
  RunpodPodId = 'dwc7fdjqsgcfd5';
  { RunpodToken := GetEnvironmentVariable('RUNPOD_TOKEN'); }
implementation
end.
