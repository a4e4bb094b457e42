package com.acme.net {
  import flash.net.URLRequestHeader;
  public static const MANDRILL_API_KEY:String = "FcbeULnwRAfiyi9uv8fXd6";
  req.requestHeaders.push(new URLRequestHeader("Authorization", "Bearer p8S2Wbp5c9rP4F1iglXlm4"));
  private var mandrillSubaccount:String = "acme-transactional";
  private var mandrillWebhookId:String = "54006";
  // MANDRILL_TOKEN comes from flashvars
}
