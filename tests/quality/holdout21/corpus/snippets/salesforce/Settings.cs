namespace Acme.Config;

var opts = Defaults with { Provider = "salesforce", Key = "00Dr5qaLY6MdCRt!EE7e2WVS0K.dKgysed6q4MZ7De2j2BUVGj9BugtHDFGykHobJvm2lsb2jgLVy1rfxQfVrpWFIP0XmS.x9Djiux4NoFJyTae9" };
public const string SfConsumerSecret = "FBDFF30771C584BBFBB5EEC9D691363B15AC6E62C4B9345AAFA0960663301D4D";
public const string SfOrgId = "00DRSRx3DY4ZCDuGya";
public const string SfConsumerKey = "3MVG9Wfxv4nn5E7pPcy9IK5C0HvaOwRCFaD6wYQdKeg1opnGbQfpgXxJ53NgJJcudiQZz0dGlnJYJa7TLfM.j";
public const string SfAccessTokenMasked = "00Dr************Tae9";
public const string SfAccessTokenExample = "not-set";
var fromEnv = Environment.GetEnvironmentVariable("SF_ACCESS_TOKEN");
