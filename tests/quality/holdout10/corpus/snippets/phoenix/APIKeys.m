#import "APIKeys.h"

static NSString * const kSecretKeyBase = @"sK3fBowwda/zQretSFtUOyZiqD6CZ3k0ppYhK4g0F7sW8VD25Id5vhcp9GXvPJc4";
static NSString * const kPhoenixSigningSalt = @"okoqyLju";
static NSString * const kPhoenixLiveViewSalt = @"ojJZhXU2";
