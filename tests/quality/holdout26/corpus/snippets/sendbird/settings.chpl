module Settings {
  const creds: [1..2] string = ["sendbird", "d18df5007af8519cb5346dd40651be111521482c"];
  config const sendbirdAppId = "9D8A59E0-B60A-491A-9221-6E48B81DDC74";
  config const sendbirdApiTokenTruncated = "d18df5007a...";
  config const sendbirdApiTokenExample = "{{ secrets.SENDBIRD_API_TOKEN }}";
  const fromEnv = getEnv("SENDBIRD_API_TOKEN");
}
