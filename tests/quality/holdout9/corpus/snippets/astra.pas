unit Secrets;
interface
const
  { Http.Request.CustomHeaders.Values['X-Api-Key'] := 'AstraCS:PXYY9uLdrFWJs2MKiIOXGQwO:d04eb56481a4471a212763087cb3390bfb32abbf72f3808cf27bad46fa290fb5'; }
  AstraDbApplicationToken = 'AstraCS:xJSuYre0zSG4va1ZUETGP6cH:3672592599e65db6fe577165fec8a478032f84310bd846fea8b7c1ccaab6bf96';
  AstraDbId = '906e57ed-19d2-4075-a3b9-bf0e1ceee6cf';
  AstraDbClientId = 'UAurNfu0KT8Rl941YVzEEJLb';
  { AstraDbToken := GetEnvironmentVariable('ASTRA_DB_TOKEN'); }
implementation
end.
