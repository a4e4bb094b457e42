var blob = new BlobServiceClient(
    "DefaultEndpointsProtocol=https;AccountName=bbsarchive;AccountKey=SEgYC0yvXrBIiYLKZRaHS/3rxpBxpi6HxpgBnM9RDYhFyFIyKr5s6VV3xh1gUbFLCPGFnkQUn7VXaUMBGm0K6Q==;EndpointSuffix=core.windows.net");
