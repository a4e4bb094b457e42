{
, notionToken = "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"
, notionDatabaseId = "076e8098c5110a8cc4d456eda06bcf00"
, notionTokenSha256 = "ebd6f228d0113979ec700860fab95f18cc44979545b866a24669e707a15dc40b"
, notionTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
, fromEnv = env:NOTION_TOKEN as Text
}
