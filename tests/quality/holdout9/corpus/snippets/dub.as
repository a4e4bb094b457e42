package com.acme.net {
  import flash.net.URLRequestHeader;
  req.requestHeaders.push(new URLRequestHeader("Authorization", "Bearer dub_hoB8ZxR3IaOLDBWVcAyEzH1L"));
  public static const DUB_API_KEY:String = "dub_OVTrvmYMERiSdHzUDNlDh6sY";
  private var dubWorkspaceId:String = "ws_mhXn5V8gpiKvlBSvcZ7mxnKN";
  private var dubLinkId:String = "link_ifCoT6UUBga1evvs0mzIh1Ud";
  // DUB_TOKEN comes from flashvars
}
