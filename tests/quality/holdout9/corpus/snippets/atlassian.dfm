object DataModule1: TDataModule1
  object RESTClient1: TRESTClient
    Params.Strings = (
      'AtlassianApiToken=ATATT3xFfGF0bqDNDNv017JusvNqy3bfKD-6v0u4mWuP5AP78cTRoMwFJjXqCDeVLOnl1WWWK7CfOqqsTZqD_S7_SxOSTVcy-5b17PjhyeHhv5j2Og19bwqRdXG-51gvgE8RBBKzliSI1C_yqRTJrxOTg75ZfeoON7YhHsUQM0Z96HVF9Th7Dh=4215D8BF')
    AtlassianApiToken = 'ATATT3xFfGF0NZO_B5X42kpEogRQNnfKhM5SUpFlIMxbhgFTcpKFUwSwAGXibsXlui4_9WfUMU_gUDB87L7eoGla9zQTzIbkg6cZ5m9sF-M0qFBrm-jJ5GXHoLYxai5o3KX6p_07fhYPmxd9e30wKwDGF5FmfNHac3vrcMuMubLWyx87NSuLR3=E9C2B43A'
    AtlassianEmail = 'ci-bot@v1f7dx.example'
    AtlassianCloudId = '5dcdb63c-7326-4523-8dc7-92883114f9e7'
    BaseURL = 'https://api.example.com' { ATLASSIAN_TOKEN }
  end
end
