package com.acme.net {
  import flash.net.URLRequestHeader;
  req.requestHeaders.push(new URLRequestHeader("Authorization", "Bearer rubygems_285a85356dda6baf3d5e129ceddb29b9fd3ed288aa289884"));
  public static const GEM_HOST_API_KEY:String = "rubygems_df9c859464b82fe1290c4d7d465283b374a9666de386a620";
  private var gemSha256:String = "9a66266dd0405adf5bf88835462f31868aa6f1b0e2953321e2df3845ce03c273";
  private var gemHostOtpCode:String = "831577";
  // GEM_HOST_TOKEN comes from flashvars
}
