package com.acme.net {
  import flash.net.URLRequestHeader;
  public static const ASSEMBLYAI_API_KEY:String = "62bfe3732dc85e374f12ae8fc5c7857f";
  req.requestHeaders.push(new URLRequestHeader("Authorization", "Bearer 9063b7bf054eac5f982fdeccb71cdbf2"));
  private var assemblyaiTranscriptId:String = "0e854803-1c27-456a-a637-3c2a5c5377b8";
  private var assemblyaiApiKey:String = "<YOUR_API_KEY>";
  // ASSEMBLYAI_TOKEN comes from flashvars
}
