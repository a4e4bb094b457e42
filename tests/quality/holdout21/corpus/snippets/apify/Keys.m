#import "Keys.h"

NSDictionary *creds = @{@"apify": @"apify_api_NmsU3SW4jLCh6YhK980H6ulCWJASeO53bIKn"};
static NSString *const kApifyActorId = @"J2qTUkED92Krh63HU";
static NSString *const kApifyTokenTruncated = @"apify_api_...";
static NSString *const kApifyTokenExample = @"{{ secrets.APIFY_TOKEN }}";
NSString *fromEnv = NSProcessInfo.processInfo.environment[@"APIFY_TOKEN"];
