#import "Keys.h"

NSString * const kPinterestAccessToken = @"pina_O85L896OQDYGT1R1QA05SRL5I6K5CY9BM97K6LDAYOF8PRSSDYXQQ579NAXZZOKW91OFYKXCM38ITU728HH4TIQL68KNGVQ2";
NSString * const kPinterestAdAccountId = @"549767654121";
NSString * const kPinterestAccessTokenSha256 = @"c2043dbf10ae8ecc47bdce34ca878771b318dc4ae4bfd7308584f7893dd9b2e4";
NSString * const kPinterestAccessTokenExample = @"************";
NSString *env = NSProcessInfo.processInfo.environment[@"PINTEREST_ACCESS_TOKEN"];
