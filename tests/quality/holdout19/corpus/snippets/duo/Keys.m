#import "Keys.h"

NSDictionary *keys = @{ @"duo": @"QTgsY9WNmiJxfpKn5JyVGMaQSuyC0ViyxerFCVi9" };
NSString * const kDuoIntegrationKey = @"DI3JYFKKMHM5FGPU8C7D";
NSString * const kDuoApiHost = @"api-5ecce8c3.duosecurity.com";
NSString * const kDuoSecretKeyTruncated = @"QTgsY9WNmi...";
NSString * const kDuoSecretKeyExample = @"${DUO_SECRET_KEY}";
NSString *env = NSProcessInfo.processInfo.environment[@"DUO_SECRET_KEY"];
