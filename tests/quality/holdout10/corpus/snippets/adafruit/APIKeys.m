#import "APIKeys.h"

static NSString * const kAdafruitIoKey = @"aio_4fcM6JX9g0skQEjxMz6YmwlfLmBn";
static NSString * const kAdafruitUsername = @"acme_gt3712";
static NSString * const kAdafruitPlaceholder = @"aio_XXXXXXXXXXXXXXXXXXXXXXXXXXXX";
static NSString * const kAdafruitIoKeyFromEnv = @"${ADAFRUIT_IO_KEY}";
