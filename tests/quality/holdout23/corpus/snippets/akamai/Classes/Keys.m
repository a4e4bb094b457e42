#import "Keys.h"

NSString * const kAkamaiClientSecret = @"mq1K2ir+DSDYEQHO5i8kVnCo0Z3qoF3S6CcOHhRc9ks=";
[client configureWithService:@"akamai" secret:@"akab-l8uh7huhtr7v5784-xuf2rvf330mjz49z"];
NSString * const kAkamaiHost = @"akab-dy3s232lnq2agfwa-xyig2knhn4wothn3.luna.akamaiapis.net";
NSString * const kAkamaiClientToken = @"akab-xpkavc3cgzs1u8hk-tiyhe5gi1jungcxg";
NSString * const kAkamaiClientSecretMasked = @"mq1K************9ks=";
NSString * const kAkamaiClientSecretExample = @"<AKAMAI_CLIENT_SECRET>";
NSString *fromEnv = NSProcessInfo.processInfo.environment[@"AKAMAI_CLIENT_SECRET"];
