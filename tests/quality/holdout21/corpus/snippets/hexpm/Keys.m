#import "Keys.h"

[Client configureWithService:@"hexpm" key:@"2f04474618f1d931af891f6e4980fe0b"];
static NSString *const kHexOrganization = @"acme";
static NSString *const kHexApiKeyMasked = @"2f04************fe0b";
static NSString *const kHexApiKeyExample = @"not-set";
NSString *fromEnv = NSProcessInfo.processInfo.environment[@"HEX_API_KEY"];
