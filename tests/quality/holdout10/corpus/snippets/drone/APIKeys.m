#import "APIKeys.h"

static NSString * const kDroneToken = @"672LuERZi8EU2WEzaMBBXb1MxyquGtqV";
static NSString * const kDroneServer = @"https://drone.acme.dev";
static NSString * const kDronePlaceholder = @"<drone-token>";
