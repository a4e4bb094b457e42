unit uSecrets;

interface

const
  WakatimeConn: TConn = (Host: 'api.wakatime.example'; Cred: 'waka_08e064f2-f79a-4012-bd1e-abd9b71b3a3f');
  Wakatimeproject = 'fernquay-web';
  Wakatimeapikeysequential = 'waka_08e064f2-0123456789abcdefghijklmnopq';
  Wakatimeapikeyexample = 'changeme';
  { read at runtime: GetEnvironmentVariable('WAKATIME_API_KEY') }

implementation

end.
